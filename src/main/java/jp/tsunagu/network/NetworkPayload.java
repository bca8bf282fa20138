package jp.tsunagu.network;

import java.util.List;

import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;

/** What a network mutation answers: the network as written, or why nothing was written. */
record NetworkPayload(Network network, List<UserError> errors) {

	static NetworkPayload success(Network network) {
		return new NetworkPayload(network, List.of());
	}

	static NetworkPayload failure(UserErrors errors) {
		return new NetworkPayload(null, errors.list());
	}
}
