package jp.tsunagu.network;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL inputs and filters of the network and activity feature, bound by name. */
final class NetworkInputs {

	private NetworkInputs() {
	}

	record NetworkFilter(NetworkKind kind, String area, String memberId, String text, Boolean includeArchived) {

		static final NetworkFilter NONE = new NetworkFilter(null, null, null, null, false);
	}

	record ActivityFilter(ActivityKind kind, String area, String text, Boolean includeArchived) {

		static final ActivityFilter NONE = new ActivityFilter(null, null, null, false);
	}

	record CreateNetworkInput(String name, NetworkKind kind, Integer tier, String description, LocalDate foundedOn,
			List<String> coveredAreaCodes, String parentId) {
	}

	record UpdateNetworkInput(String id, String name, NetworkKind kind, Integer tier, String description,
			LocalDate foundedOn, List<String> coveredAreaCodes, String parentId) {
	}

	record AddMemberInput(String networkId, String memberId, MemberRole role, LocalDate since) {
	}

	record RemoveMemberInput(String networkId, String memberId) {
	}

	record CreateActivityInput(String name, ActivityKind kind, String description, LocalDate since,
			List<String> heldInCodes, String leadId) {
	}

	record UpdateActivityInput(String id, String name, ActivityKind kind, String description, LocalDate since,
			List<String> heldInCodes) {
	}

	record AddActivityRunnerInput(String activityId, String runnerId, RunnerRole role) {
	}

	record RemoveActivityRunnerInput(String activityId, String runnerId) {
	}
}
