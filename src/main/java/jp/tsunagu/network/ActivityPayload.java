package jp.tsunagu.network;

import java.util.List;

import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;

/** What an activity mutation answers: the activity as written, or why nothing was written. */
record ActivityPayload(Activity activity, List<UserError> errors) {

	static ActivityPayload success(Activity activity) {
		return new ActivityPayload(activity, List.of());
	}

	static ActivityPayload failure(UserErrors errors) {
		return new ActivityPayload(null, errors.list());
	}
}
