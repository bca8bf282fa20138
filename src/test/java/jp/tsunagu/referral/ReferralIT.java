package jp.tsunagu.referral;

import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.CaseworkTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator refers a household to an organisation its consent to referral names; the organisation's staff see the
 * household once they accept, not before, and not after rejecting.
 */
class ReferralIT extends CaseworkTestSupport {

	@Test
	void aReferralNeedsTheHouseholdsConsentToReferralNamingTheOrganisation() {
		refer(household(), PARTNER, false).path("referHousehold.errors[*].message")
			.entityList(String.class)
			.containsExactly("the household has no active consent to referral (REFERRAL) naming this organisation")
			.path("referHousehold.referral")
			.valueIsNull();
	}

	@Test
	void theReceivingStaffSeeTheHouseholdOnlyOnceTheyAccept() {
		String household = household();
		consentToReferral(household, PARTNER);

		GraphQlTester.Response referred = refer(household, PARTNER, false);
		referred.path("referHousehold.errors").entityList(Object.class).hasSize(0);
		referred.path("referHousehold.referral.status").entity(String.class).isEqualTo("REQUESTED");
		referred.path("referHousehold.referral.version").entity(Integer.class).isEqualTo(0);
		referred.path("referHousehold.referral.from.name").entity(String.class).isEqualTo(COUNCIL);
		String referralId = referred.path("referHousehold.referral.id").entity(String.class).get();

		visible(household, false);
		partnerStaff().documentName("referrals-list")
			.variable("filter", Map.of("direction", "INCOMING", "status", "REQUESTED"))
			.execute()
			.path("referrals.edges[*].node.householdId")
			.entityList(String.class)
			.contains(household);
		refer(household, PARTNER, false).path("referHousehold.errors[*].message")
			.entityList(String.class)
			.containsExactly("a referral to this organisation is already open");

		transition(partnerStaff(), referralId, "ACCEPTED", 0).path("transitionReferral.referral.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		visible(household, true);
		assertThat(count("""
				MATCH (:Organization {name: $partner})-[tie:SUPPORTS]->(:Household {id: $household})
				WHERE tie.viaReferral = $referral AND tie.since IS NOT NULL RETURN count(tie)""", "partner", PARTNER,
				"household", household, "referral", referralId)).as("acceptance ties the receiver to the household")
			.isEqualTo(1);
	}

	@Test
	void aRejectedReferralShowsNothingAndOnlyTheReceiverMayAnswer() {
		String household = household();
		String referralId = requestedReferral(household);

		transition(otherStaff(), referralId, "ACCEPTED", 0).path("transitionReferral.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("referralId");
		transition(coordinator(), referralId, "ACCEPTED", 0).path("transitionReferral.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("to");
		transition(partnerStaff(), referralId, "REJECTED", 0, "reason", "NO_CAPACITY")
			.path("transitionReferral.referral.status")
			.entity(String.class)
			.isEqualTo("REJECTED")
			.path("transitionReferral.referral.reason")
			.entity(String.class)
			.isEqualTo("NO_CAPACITY");
		visible(household, false);
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

	@Test
	void referralsMadeBeforeTheLifecycleTakeItsStatuses() {
		String household = household();
		write("""
				MATCH (h:Household {id: $household}), (f:Organization {name: $council}), (t:Organization {name: $partner})
				UNWIND ['PENDING', 'ACCEPTED', 'DECLINED'] AS status
				CREATE (r:Referral {id: 'test-legacy-' + status, status: status, createdAt: datetime(),
				        respondedAt: CASE WHEN status <> 'PENDING' THEN datetime() END})
				CREATE (r)-[:FOR]->(h), (r)-[:FROM]->(f), (r)-[:TO]->(t)""", "household", household, "council", COUNCIL,
				"partner", PARTNER);
		try (org.neo4j.driver.Session session = driver.session()) {
			for (int run = 0; run < 2; run++) { // idempotent
				jp.tsunagu.graph.CypherScript
					.statements(new org.springframework.core.io.FileSystemResource(
							"graph-schema/V066__Referral_statuses_of_the_lifecycle.cypher"))
					.forEach(statement -> session.run(statement).consume());
			}
		}
		assertThat(single("""
				MATCH (r:Referral) WHERE r.id STARTS WITH 'test-legacy-'
				WITH r ORDER BY r.id
				RETURN collect(r.status + '/' + r.version + '/' + coalesce(r.reason, '-') + '/' + (r.acceptedAt IS NOT NULL))""")).asString()
			.isEqualTo("[ACCEPTED/0/-/true, REJECTED/0/OTHER/false, REQUESTED/0/-/false]");
	}

	private void visible(String householdId, boolean expected) {
		List<String> ids = partnerStaff().documentName("scope-households")
			.execute()
			.path("households.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(ids.contains(householdId)).isEqualTo(expected);
	}
}
