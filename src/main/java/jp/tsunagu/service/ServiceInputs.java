package jp.tsunagu.service;

import java.util.List;

import jp.tsunagu.api.UserError;

/** The GraphQL inputs and payload of the service feature, bound by name. */
final class ServiceInputs {

	private ServiceInputs() {
	}

	record ServiceFilter(String need, String area, String providerId, String text, Boolean includeArchived) {

		static final ServiceFilter NONE = new ServiceFilter(null, null, null, null, false);

		static ServiceFilter inArea(String areaCode) {
			return new ServiceFilter(null, areaCode, null, null, false);
		}
	}

	record CreateServiceInput(String name, String providerId, String description, String eligibility, String capacity,
			String schedule, List<String> needCodes, List<String> availableInCodes) {
	}

	record UpdateServiceInput(String id, String name, String description, String eligibility, String capacity,
			String schedule, List<String> needCodes, List<String> availableInCodes) {
	}

	record ServicePayload(Service service, List<UserError> errors) {

		static ServicePayload success(Service service) {
			return new ServicePayload(service, List.of());
		}

		static ServicePayload failure(List<UserError> errors) {
			return new ServicePayload(null, errors);
		}
	}
}
