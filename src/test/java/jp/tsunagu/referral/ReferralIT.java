package jp.tsunagu.referral;

import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A coordinator refers a household to an organisation its consent to referral names; the organisation's staff see the
 * household once they accept, not before, and not after declining.
 */
class ReferralIT extends HubIntegrationTest {

	private static final String HOUSEHOLD = "HH-282189-0004";

	private static final String PARTNER = "社会福祉法人河合福祉会";

	@Test
	void aReferralNeedsTheHouseholdsConsentToReferralNamingTheOrganisation() {
		refer(householdId(), partnerId()).path("referHousehold.errors[*].message")
			.entityList(String.class)
			.containsExactly("the household has no active consent to referral (REFERRAL) naming this organisation")
			.path("referHousehold.referral")
			.valueIsNull();
	}

	@Test
	void theReceivingStaffSeeTheHouseholdOnlyOnceTheyAccept() {
		consentToReferral();
		GraphQlTester partnerStaff = as(caller(Role.MEMBER_STAFF, PARTNER, null));

		GraphQlTester.Response referred = refer(householdId(), partnerId());
		referred.path("referHousehold.errors").entityList(Object.class).hasSize(0);
		referred.path("referHousehold.referral.status").entity(String.class).isEqualTo("PENDING");
		referred.path("referHousehold.referral.from.name").entity(String.class).isEqualTo("小野市社会福祉協議会");
		String referralId = referred.path("referHousehold.referral.id").entity(String.class).get();

		visible(partnerStaff, false);
		partnerStaff.documentName("referrals-list")
			.variable("filter", Map.of("direction", "INCOMING", "status", "PENDING"))
			.execute()
			.path("referrals.edges[*].node.householdId")
			.entityList(String.class)
			.containsExactly(householdId());
		refer(householdId(), partnerId()).path("referHousehold.errors[*].message")
			.entityList(String.class)
			.containsExactly("a referral to this organisation is already pending or accepted");

		respond(partnerStaff, referralId, true).path("respondToReferral.referral.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		visible(partnerStaff, true);
		respond(partnerStaff, referralId, false).path("respondToReferral.errors[*].message")
			.entityList(String.class)
			.containsExactly("was already accepted");
	}

	@Test
	void aDeclinedReferralShowsNothingAndOnlyTheReceiverMayRespond() {
		consentToReferral();
		GraphQlTester partnerStaff = as(caller(Role.MEMBER_STAFF, PARTNER, null));
		String referralId = refer(householdId(), partnerId()).path("referHousehold.referral.id")
			.entity(String.class)
			.get();

		respond(as(caller(Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null)), referralId, true)
			.path("respondToReferral.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("referralId");
		respond(partnerStaff, referralId, false).path("respondToReferral.referral.status")
			.entity(String.class)
			.isEqualTo("DECLINED");
		visible(partnerStaff, false);
	}

	@Test
	void aDvHouseholdIsNotReferredThroughTheHub() {
		as(caller(Role.COORDINATOR, "吹田市社会福祉協議会", null)).documentName("referral-refer")
			.variable("input", Map.of("householdId", householdIdOf("HH-272051-0001"), "organizationId",
					idOfNamed("Organization", "NPO法人すいた多文化ともだちの会")))
			.execute()
			.path("referHousehold.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("householdId")
			.path("referHousehold.referral")
			.valueIsNull();
	}

	private GraphQlTester.Response refer(String householdId, String organizationId) {
		return as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)).documentName("referral-refer")
			.variable("input", Map.of("householdId", householdId, "organizationId", organizationId))
			.execute();
	}

	private static GraphQlTester.Response respond(GraphQlTester tester, String referralId, boolean accept) {
		return tester.documentName("referral-respond")
			.variable("input", Map.of("referralId", referralId, "accept", accept))
			.execute();
	}

	private void visible(GraphQlTester tester, boolean expected) {
		List<String> codes = tester.documentName("scope-households")
			.execute()
			.path("households.edges[*].node.code")
			.entityList(String.class)
			.get();
		org.assertj.core.api.Assertions.assertThat(codes.contains(HOUSEHOLD)).isEqualTo(expected);
	}

	private void consentToReferral() {
		as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)).documentName("household-give-consent")
			.variable("input", Map.of("householdId", householdId(), "scope", "REFERRAL", "organizationIds",
					List.of(partnerId())))
			.execute()
			.path("giveConsent.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private String householdId() {
		return householdIdOf(HOUSEHOLD);
	}

	private String partnerId() {
		return idOfNamed("Organization", PARTNER);
	}
}
