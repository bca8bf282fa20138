package jp.tsunagu.casework;

import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.area.Area;
import jp.tsunagu.organization.Organization;

/** Counts of referrals and contacts (never a household); see {@link CaseworkFiguresQueries}. */
record CaseworkFigures(LocalDate from, LocalDate to, List<StatusCount> referralsByStatus, TimeToAccept timeToAccept,
		List<OutcomeCount> outcomes, List<MonthCount> contactsPerMonth, List<OrganizationFigures> byOrganization,
		List<MunicipalityFigures> byMunicipality) {

	/** @param status a ReferralStatus name */
	record StatusCount(String status, int count) {
	}

	/** @param outcome a ReferralOutcome name */
	record OutcomeCount(String outcome, int count) {
	}

	record TimeToAccept(int accepted, Double medianHours, Double averageHours) {
	}

	record MonthCount(String month, int count) {
	}

	record OrganizationFigures(Organization organization, int referralsSent, int referralsReceived, int accepted,
			int completed, int contacts) {
	}

	record MunicipalityFigures(Area municipality, int referrals, int accepted, int completed, int contacts) {
	}
}
