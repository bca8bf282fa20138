package jp.tsunagu.network;

import java.util.List;

import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;

/** What a membership mutation answers: the membership as written, or why nothing was written. */
record MembershipPayload(Membership membership, List<UserError> errors) {

	static MembershipPayload success(Membership membership) {
		return new MembershipPayload(membership, List.of());
	}

	static MembershipPayload failure(UserErrors errors) {
		return new MembershipPayload(null, errors.list());
	}
}
