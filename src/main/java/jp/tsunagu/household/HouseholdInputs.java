package jp.tsunagu.household;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The GraphQL inputs of the household queries and mutations, bound by name. */
final class HouseholdInputs {

	private HouseholdInputs() {
	}

	record HouseholdFilter(String area, String need, HouseholdFlag flag, RepaymentStatus repaymentStatus,
			String supporterId, Boolean includeArchived) {

		static final HouseholdFilter NONE = new HouseholdFilter(null, null, null, null, null, false);
	}

	record CreateHouseholdInput(String code, String areaCode, Integer memberCount, List<HouseholdFlag> flags,
			Protection protection, List<String> isolationCodes) {

		CreateHouseholdInput withCode(String generated) {
			return new CreateHouseholdInput(generated, areaCode, memberCount, flags, protection, isolationCodes);
		}
	}

	record UpdateHouseholdInput(String id, String areaCode, Integer memberCount, List<HouseholdFlag> flags,
			Protection protection, List<String> isolationCodes) {
	}

	record SetHouseholdIssueInput(String householdId, String needCode, IssueStatus status, LocalDate since) {
	}

	record RemoveHouseholdIssueInput(String householdId, String needCode) {
	}

	record AddLoanInput(String householdId, LoanType loanType, Integer amount, LocalDate decidedOn,
			RepaymentStatus repaymentStatus) {
	}

	record UpdateLoanInput(String loanId, RepaymentStatus repaymentStatus) {
	}

	record GiveConsentInput(String householdId, ConsentScope scope, List<String> organizationIds,
			OffsetDateTime givenAt) {
	}

	record WithdrawConsentInput(String consentId) {
	}

	record AddSupportInput(String householdId, String supporterId, LocalDate since, LocalDate lastContact) {
	}

	record RemoveSupportInput(String householdId, String supporterId) {
	}
}
