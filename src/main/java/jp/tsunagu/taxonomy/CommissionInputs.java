package jp.tsunagu.taxonomy;

import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.api.UserError;

/** The GraphQL inputs and payload of the commission mutations, bound by name. */
final class CommissionInputs {

	private CommissionInputs() {
	}

	/** Without a programme, 重層的支援体制整備事業; without a mode, 委託. */
	record CreateCommissionInput(String organizationId, String functionCode, String municipalityCode, LocalDate since,
			String note, CommissionProgramme programme, FunctionMode mode, LocalDate periodFrom, LocalDate periodTo) {

		CommissionProgramme programmeOrDefault() {
			return programme == null ? CommissionProgramme.JUSO : programme;
		}

		FunctionMode modeOrDefault() {
			return mode == null ? FunctionMode.COMMISSIONED : mode;
		}
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
