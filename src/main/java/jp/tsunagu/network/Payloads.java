package jp.tsunagu.network;

import java.util.List;

import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;

final class Payloads {

	private Payloads() {
	}

	record NetworkPayload(Network network, List<UserError> errors) {

		static NetworkPayload success(Network network) {
			return new NetworkPayload(network, List.of());
		}

		static NetworkPayload failure(UserErrors errors) {
			return new NetworkPayload(null, errors.list());
		}
	}

	record MembershipPayload(Membership membership, List<UserError> errors) {

		static MembershipPayload success(Membership membership) {
			return new MembershipPayload(membership, List.of());
		}

		static MembershipPayload failure(UserErrors errors) {
			return new MembershipPayload(null, errors.list());
		}
	}

	record ActivityPayload(Activity activity, List<UserError> errors) {

		static ActivityPayload success(Activity activity) {
			return new ActivityPayload(activity, List.of());
		}

		static ActivityPayload failure(UserErrors errors) {
			return new ActivityPayload(null, errors.list());
		}
	}
}
