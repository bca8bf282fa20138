package jp.tsunagu.casework;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import jp.tsunagu.household.JapanDate;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.CaseworkTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The casework figures: a coordinator's council's own, a member organisation's own, and the Prometheus counters. */
class CaseworkFiguresIT extends CaseworkTestSupport {

	@Autowired
	private MeterRegistry meters;

	@Test
	void aReferralToItsOutcomeAndItsContactsAreCountedForTheirOwnersOnly() {
		double completedBefore = counted("tsunagu.referral.changes", "status", "COMPLETED");
		double contactsBefore = counted("tsunagu.contacts.recorded", "municipality", ONO);
		String household = household();
		String referralId = requestedReferral(household);
		transition(partnerStaff(), referralId, "ACCEPTED", 0);
		transition(partnerStaff(), referralId, "COMPLETED", 1, "outcome", "EMPLOYED", "contactKind", "OFFICE_VISIT")
			.path("transitionReferral.errors").entityList(Object.class).hasSize(0);
		recordContact(coordinator(), household, "VISIT", JapanDate.today() + "T00:30:00+09:00", "CHECKED_IN")
			.path("recordContact.errors").entityList(Object.class).hasSize(0);
		String today = JapanDate.today().toString();
		String month = today.substring(0, 7);

		GraphQlTester.Response council = figures(coordinator(), today);
		council.path("caseworkFigures.referralsByStatus").entityList(Map.class)
			.containsExactly(Map.of("status", "COMPLETED", "count", 1));
		council.path("caseworkFigures.outcomes").entityList(Map.class).containsExactly(Map.of("outcome", "EMPLOYED", "count", 1));
		council.path("caseworkFigures.timeToAccept.accepted").entity(Integer.class).isEqualTo(1);
		council.path("caseworkFigures.contactsPerMonth").entityList(Map.class).containsExactly(Map.of("month", month, "count", 2));
		council.path("caseworkFigures.byOrganization[?(@.organization.name == '" + PARTNER + "')]")
			.entityList(Map.class)
			.satisfies(rows -> assertThat(rows).singleElement()
				.satisfies(row -> assertThat(row).containsEntry("referralsReceived", 1)
					.containsEntry("accepted", 1)
					.containsEntry("completed", 1)
					.containsEntry("contacts", 1)));
		council.path("caseworkFigures.byMunicipality[*].municipality.code").entityList(String.class).containsExactly(ONO);

		figures(partnerStaff(), today).path("caseworkFigures.byOrganization[?(@.organization.name == '" + COUNCIL + "')].contacts")
			.entityList(Integer.class)
			.containsExactly(0); // member staff count their organisation's referrals, not the council's contacts
		GraphQlTester.Response elsewhere = figures(patient(caller(Role.COORDINATOR, "宝塚市社会福祉協議会", null)), today);
		elsewhere.path("caseworkFigures.referralsByStatus").entityList(Object.class).hasSize(0);
		elsewhere.path("caseworkFigures.contactsPerMonth").entityList(Object.class).hasSize(0);

		assertThat(counted("tsunagu.referral.changes", "status", "COMPLETED") - completedBefore).isEqualTo(1);
		assertThat(counted("tsunagu.contacts.recorded", "municipality", ONO) - contactsBefore).isEqualTo(2);
	}

	private GraphQlTester.Response figures(GraphQlTester tester, String day) {
		return tester.documentName("casework-figures").variable("from", day).variable("to", day).execute();
	}

	private double counted(String name, String tag, String value) {
		return meters.find(name).tag(tag, value).counters().stream().mapToDouble(counter -> counter.count()).sum();
	}

}
