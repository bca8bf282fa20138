package jp.tsunagu.household;

import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which household, on the demo network: the record holder always; others with an active consent naming
 * their organisation and a tie of their role; DV households only their own supporters. Counts leave out what a
 * caller may not see.
 */
class HouseholdScopeIT extends HubIntegrationTest {

	@Test
	void aCoordinatorSeesTheRecordsOfTheirCouncilAndNothingInOtherMunicipalities() {
		GraphQlTester ono = as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null));

		assertThat(codes(ono, null)).containsExactlyElementsOf(stored("""
				MATCH (h:Household)-[:RECORD_HELD_BY]->(:Organization {name: '小野市社会福祉協議会'}) RETURN h.code"""))
			.isNotEmpty()
			.allMatch(code -> code.startsWith("HH-282189-"));
		assertThat(codes(ono, Map.of("area", "282146"))).isEmpty();
		ono.documentName("scope-household")
			.variable("id", householdIdOf("HH-282146-0001"))
			.execute()
			.errors()
			.verify()
			.path("household")
			.valueIsNull();
	}

	@Test
	void aCoordinatorSeesARecordHeldElsewhereInTheirMunicipalityOnlyWhileTheConsentNamingThemLasts() {
		GraphQlTester council = as(caller(Role.COORDINATOR, "大阪狭山市社会福祉協議会", null));
		GraphQlTester holder = as(caller(Role.MEMBER_STAFF, "大阪狭山市生活サポートセンター", null));
		assertThat(codes(council, null)).contains("HH-272311-0003");

		String consentId = (String) single("""
				MATCH (:Household {code: 'HH-272311-0003'})-[:GAVE_CONSENT]->(c:Consent)
				      -[:TO]->(:Organization {name: '大阪狭山市社会福祉協議会'})
				WHERE c.withdrawnAt IS NULL RETURN c.id""");
		try {
			holder.documentName("scope-withdraw-consent")
				.variable("input", Map.of("consentId", consentId))
				.execute()
				.path("withdrawConsent.errors")
				.entityList(Object.class)
				.hasSize(0);

			assertThat(codes(council, null)).doesNotContain("HH-272311-0003");
			assertThat(codes(holder, null)).contains("HH-272311-0003");
		}
		finally {
			write("MATCH (c:Consent {id: $id}) REMOVE c.withdrawnAt", "id", consentId);
		}
	}

	@Test
	void memberStaffSeeTheHouseholdsTheirOrganisationSupportsWithConsent() {
		assertThat(codes(as(caller(Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null)), null))
			.containsExactly("HH-282189-0001");
		// 河合福祉会 supports HH-282189-0003, but no consent names it
		assertThat(codes(as(caller(Role.MEMBER_STAFF, "社会福祉法人河合福祉会", null)), null)).isEmpty();
	}

	@Test
	void aVolunteerSeesHouseholdsInTheirDistrictWhoseConsentNamesTheirCouncil() {
		assertThat(codes(as(caller(Role.COMMISSIONED_VOLUNTEER, "小野市民生委員児童委員協議会", "藤原 京子")), null))
			.containsExactly("HH-282189-0001");
		// 岸本 弘 supports HH-282189-0003 in 河合, whose consent does not name the 民児協
		assertThat(codes(as(caller(Role.COMMISSIONED_VOLUNTEER, "小野市民生委員児童委員協議会", "岸本 弘")), null)).isEmpty();
		// the same 民児協, but a district the household is not in
		assertThat(codes(as(caller(Role.COMMISSIONED_VOLUNTEER, "小野市民生委員児童委員協議会", "岸本 弘")),
				Map.of("area", "282189-kisumi"))).isEmpty();
	}

	@Test
	void aDvHouseholdIsSeenOnlyByItsOwnSupportersEvenWithConsentAndAnAcceptedReferral() {
		String dv = householdIdOf("HH-272051-0001");
		String other = householdIdOf("HH-272051-0002");
		String outsider = idOfNamed("Organization", "NPO法人すいた多文化ともだちの会");
		for (String household : List.of(dv, other)) {
			write("""
					MATCH (h:Household {id: $household}), (o:Organization {id: $organization})
					CREATE (h)-[:GAVE_CONSENT]->(c:Consent {id: randomUUID(), scope: 'REFERRAL', givenAt: datetime(),
					        createdAt: datetime()})-[:TO]->(o)
					CREATE (r:Referral {id: randomUUID(), status: 'ACCEPTED', createdAt: datetime()})-[:FOR]->(h)
					CREATE (r)-[:TO]->(o)""", "household", household, "organization", outsider);
		}
		GraphQlTester staff = as(new Caller("test.staff", Role.MEMBER_STAFF, outsider, null));

		assertThat(codes(staff, null)).contains("HH-272051-0002", "HH-272051-0004").doesNotContain("HH-272051-0001");
		assertThat(total(staff, Map.of("area", "272051"))).isEqualTo(codes(staff, Map.of("area", "272051")).size());
		staff.documentName("scope-household").variable("id", dv).execute().path("household").valueIsNull();

		assertThat(codes(as(caller(Role.MEMBER_STAFF, "NPO法人ひとり親サポートすいた", null)), null)).contains("HH-272051-0001");
		assertThat(codes(as(caller(Role.COORDINATOR, "吹田市社会福祉協議会", null)), null)).contains("HH-272051-0001");
	}

	@Test
	void noCallerCanChangeAHouseholdTheyMayNotSee() {
		String takarazuka = householdIdOf("HH-282146-0001");
		Object before = single("MATCH (h:Household {id: $id}) RETURN h.updatedAt", "id", takarazuka);

		as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)).documentName("scope-update-household")
			.variable("input", Map.of("id", takarazuka, "memberCount", 2))
			.execute()
			.path("updateHousehold.errors[*].message")
			.entityList(String.class)
			.containsExactly("no household with id " + takarazuka)
			.path("updateHousehold.household")
			.valueIsNull();

		assertThat(single("MATCH (h:Household {id: $id}) RETURN h.updatedAt", "id", takarazuka)).isEqualTo(before);
		assertThat(count("MATCH (e:AuditEvent {householdId: $id}) WHERE e.at >= $started RETURN count(e)", "id",
				takarazuka, "started", started())).isZero();
	}

	/** Who sees a household is the record holder's decision: protection, consents, and other organisations' support. */
	@Test
	void onlyTheRecordHolderWidensWhoSeesAHousehold() {
		String id = householdIdOf("HH-282189-0001");
		GraphQlTester staff = as(caller(Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null));
		String holderOnly = "only the organisation holding the household's record can ";

		staff.documentName("scope-update-household")
			.variable("input", Map.of("id", id, "protection", "NONE"))
			.execute()
			.path("updateHousehold.errors[*].message")
			.entityList(String.class)
			.containsExactly(holderOnly + "change its protection");
		staff.documentName("household-give-consent")
			.variable("input", Map.of("householdId", id, "scope", "REFERRAL", "organizationIds",
					List.of(idOfNamed("Organization", "社会福祉法人河合福祉会"))))
			.execute()
			.path("giveConsent.errors[*].message")
			.entityList(String.class)
			.containsExactly(holderOnly + "record its consent");
		staff.documentName("household-add-support")
			.variable("input", Map.of("householdId", id, "supporterId", idOfNamed("Organization", "社会福祉法人河合福祉会")))
			.execute()
			.path("addSupport.errors[*].message")
			.entityList(String.class)
			.containsExactly(holderOnly + "record another organisation's or person's support");
		staff.documentName("household-add-support")
			.variable("input", Map.of("householdId", id, "supporterId", idOfNamed("Organization", "社会福祉法人きすみ野福祉会")))
			.execute()
			.path("addSupport.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/** A 民生委員's organisation is their 民児協; an account wrongly tied to a council gains nothing from it. */
	@Test
	void aVolunteerNeverSeesARecordByItsHolder() {
		assertThat(codes(as(caller(Role.COMMISSIONED_VOLUNTEER, "小野市社会福祉協議会", "岸本 弘")), null)).isEmpty();
	}

	private static List<String> codes(GraphQlTester tester, Map<String, Object> filter) {
		return tester.documentName("scope-households")
			.variable("filter", filter)
			.execute()
			.errors()
			.verify()
			.path("households.edges[*].node.code")
			.entityList(String.class)
			.get();
	}

	private static long total(GraphQlTester tester, Map<String, Object> filter) {
		return tester.documentName("scope-households")
			.variable("filter", filter)
			.execute()
			.path("households.totalCount")
			.entity(Long.class)
			.get();
	}

	private List<String> stored(String query) {
		try (Session session = driver.session()) {
			return session.run(query + " AS code ORDER BY code").list(row -> row.get("code").asString());
		}
	}
}
