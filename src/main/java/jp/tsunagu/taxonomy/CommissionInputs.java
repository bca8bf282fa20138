package jp.tsunagu.taxonomy;

import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.api.UserError;

/** The GraphQL inputs and payload of the commission mutations, bound by name. */
final class CommissionInputs {

	private CommissionInputs() {
	}

	record CreateCommissionInput(String organizationId, String functionCode, String municipalityCode, LocalDate since,
			String note) {
	}

	record RemoveCommissionInput(String id) {
	}

	record CommissionPayload(Commission commission, List<UserError> errors) {

		static CommissionPayload success(Commission commission) {
			return new CommissionPayload(commission, List.of());
		}

		static CommissionPayload failure(List<UserError> errors) {
			return new CommissionPayload(null, errors);
		}
	}
}
