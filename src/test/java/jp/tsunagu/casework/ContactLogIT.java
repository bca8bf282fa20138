package jp.tsunagu.casework;

import java.time.LocalDate;
import java.util.Map;

import jp.tsunagu.household.JapanDate;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.CaseworkTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact log: recorded by staff who may see the household, its support tie's last contact the latest that counts,
 * corrected or voided (never deleted) by the organisation that recorded it, read scoped, paged and audited.
 */
class ContactLogIT extends CaseworkTestSupport {

	@Test
	void aContactReachingTheHouseholdMovesItsTieForwardAndNeverBack() {
		String household = supportedHousehold("2025-01-10");
		recordContact(coordinator(), household, "VISIT", "2026-11-02T10:00:00+09:00", "CHECKED_IN", "note", "本人と面談")
			.path("recordContact.contact.organization.name")
			.entity(String.class)
			.isEqualTo(COUNCIL);
		assertThat(lastContact(household)).isEqualTo(LocalDate.of(2026, 11, 2));

		recordContact(coordinator(), household, "PHONE", "2026-10-01T10:00:00+09:00", "CONSULTED")
			.path("recordContact.errors").entityList(Object.class).hasSize(0);
		assertThat(lastContact(household)).as("an older contact leaves the latest").isEqualTo(LocalDate.of(2026, 11, 2));

		String late = JapanDate.today() + "T08:00:00+09:00";
		recordContact(coordinator(), household, "PHONE", late, "UNREACHABLE")
			.path("recordContact.contact.reached").entity(Boolean.class).isEqualTo(false);
		assertThat(lastContact(household)).as("a contact that did not reach the household is no contact of the tie")
			.isEqualTo(LocalDate.of(2026, 11, 2));
	}

	@Test
	void voidingOrMovingBackTheLatestContactMovesTheTieBackToTheLatestThatRemains() {
		String household = supportedHousehold("2025-01-10");
		recordContact(coordinator(), household, "VISIT", "2026-10-01T10:00:00+09:00", "CHECKED_IN");
		recordContact(coordinator(), household, "PHONE", "2026-10-20T10:00:00+09:00", "NOT_AT_HOME");
		String latest = recordContact(coordinator(), household, "VISIT", "2026-11-02T10:00:00+09:00", "CHECKED_IN")
			.path("recordContact.contact.id").entity(String.class).get();
		assertThat(lastContact(household)).isEqualTo(LocalDate.of(2026, 11, 2));

		coordinator().documentName("contact-amend")
			.variable("input", Map.of("contactId", latest, "reason", "日付の誤り", "at", "2026-10-05T10:00:00+09:00"))
			.execute()
			.path("amendContact.errors").entityList(Object.class).hasSize(0);
		assertThat(lastContact(household)).as("an amendment to an earlier day moves the tie back")
			.isEqualTo(LocalDate.of(2026, 10, 5));

		coordinator().documentName("contact-void")
			.variable("input", Map.of("contactId", latest, "reason", "別世帯の記録"))
			.execute()
			.path("voidContact.contact.voided").entity(Boolean.class).isEqualTo(true);
		assertThat(lastContact(household)).as("the latest contact that remains and reached the household")
			.isEqualTo(LocalDate.of(2026, 10, 1));
	}

	@Test
	void aVoidNeverMovesTheTieBehindTheLastContactGivenOnTheTieItself() {
		String household = supportedHousehold("2026-09-15");
		String contactId = recordContact(coordinator(), household, "VISIT", "2026-11-02T10:00:00+09:00", "CHECKED_IN")
			.path("recordContact.contact.id").entity(String.class).get();
		assertThat(lastContact(household)).isEqualTo(LocalDate.of(2026, 11, 2));
		coordinator().documentName("contact-void")
			.variable("input", Map.of("contactId", contactId, "reason", "誤り"))
			.execute()
			.path("voidContact.errors").entityList(Object.class).hasSize(0);
		assertThat(lastContact(household)).isEqualTo(LocalDate.of(2026, 9, 15));
	}

	@Test
	void aContactIsCorrectedOrVoidedWithAReasonAndTheHistoryShowsBoth() {
		String household = supportedHousehold("2025-01-10");
		String contactId = recordContact(coordinator(), household, "PHONE", "2026-11-01T10:00:00+09:00",
				"REPAYMENT_CONSULTATION", "note", "償還について相談")
			.path("recordContact.contact.id").entity(String.class).get();

		coordinator().documentName("contact-amend")
			.variable("input", Map.of("contactId", contactId, "kind", "VISIT"))
			.execute()
			.path("amendContact.errors[*].field[1]").entityList(String.class).containsExactly("reason");
		GraphQlTester.Response amended = coordinator().documentName("contact-amend")
			.variable("input", Map.of("contactId", contactId, "reason", "訪問の誤り", "kind", "VISIT", "at",
					"2026-11-03T10:00:00+09:00", "expectedVersion", 0))
			.execute();
		amended.path("amendContact.contact.kind").entity(String.class).isEqualTo("VISIT");
		amended.path("amendContact.contact.version").entity(Integer.class).isEqualTo(1);
		assertThat(lastContact(household)).as("an amendment to a later day moves the tie").isEqualTo(LocalDate.of(2026, 11, 3));

		coordinator().documentName("contact-void")
			.variable("input", Map.of("contactId", contactId, "reason", "別世帯の記録", "expectedVersion", 0))
			.execute()
			.path("voidContact.errors[*].field[1]").entityList(String.class).containsExactly("expectedVersion");
		partnerStaffOf(household).documentName("contact-void")
			.variable("input", Map.of("contactId", contactId, "reason", "誤り"))
			.execute()
			.path("voidContact.errors[*].field[1]").entityList(String.class).containsExactly("contactId");
		GraphQlTester.Response voided = coordinator().documentName("contact-void")
			.variable("input", Map.of("contactId", contactId, "reason", "別世帯の記録", "expectedVersion", 1))
			.execute();
		voided.path("voidContact.contact.voided").entity(Boolean.class).isEqualTo(true);
		voided.path("voidContact.contact.history[*].change").entityList(String.class)
			.containsExactly("RECORDED", "AMENDED", "VOIDED");
		voided.path("voidContact.contact.history[?(@.change != 'RECORDED')].reason").entityList(String.class)
			.containsExactly("訪問の誤り", "別世帯の記録");
		voided.path("voidContact.contact.history[0].kind").entity(String.class).isEqualTo("PHONE");
		coordinator().documentName("contact-amend")
			.variable("input", Map.of("contactId", contactId, "reason", "再訂正", "kind", "PHONE"))
			.execute()
			.path("amendContact.errors[*].message").entityList(String.class)
			.satisfies(messages -> assertThat(messages).singleElement().asString().contains("取消済みの接触記録です"));

		GraphQlTester.Response log = coordinator().documentName("contacts-log").variable("householdId", household).execute();
		log.path("contacts.totalCount").entity(Integer.class).isEqualTo(1);
		log.path("contacts.edges[0].node.voidReason").entity(String.class).isEqualTo("別世帯の記録");
	}

	@Test
	void badInputIsRefusedInFullAndNothingIsWritten() {
		String household = household();
		recordContact(coordinator(), household, "VISIT", "2099-01-01T10:00:00+09:00", "CHECKED_IN", "personId",
				idOfNamed("Person", "藤原 京子"))
			.path("recordContact.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("at", "personId");
		recordContact(otherCouncil(), household, "VISIT", "2026-11-01T10:00:00+09:00", "CHECKED_IN")
			.path("recordContact.errors[*].message")
			.entityList(String.class)
			.containsExactly("no household with id " + household);
		assertThat(count("MATCH (c:Contact)-[:ABOUT]->(:Household {id: $id}) RETURN count(c)", "id", household)).isZero();
	}

	@Test
	void theLogIsScopedPagedAndEveryReadAudited() {
		String household = household();
		for (int day = 1; day <= 3; day++) {
			recordContact(coordinator(), household, "PHONE", "2026-11-0" + day + "T10:00:00+09:00", "CHECKED_IN",
					"note", "第" + day + "回");
		}
		GraphQlTester.Response first = coordinator().documentName("contacts-log")
			.variable("householdId", household)
			.variable("first", 2)
			.execute();
		first.path("contacts.totalCount").entity(Integer.class).isEqualTo(3);
		first.path("contacts.edges[*].node.note").entityList(String.class).containsExactly("第3回", "第2回");
		String after = first.path("contacts.pageInfo.endCursor").entity(String.class).get();
		coordinator().documentName("contacts-log")
			.variable("householdId", household)
			.variable("first", 2)
			.variable("after", after)
			.execute()
			.path("contacts.edges[*].node.note")
			.entityList(String.class)
			.containsExactly("第1回");
		assertThat(audited("contacts", household)).isEqualTo(2);

		otherCouncil().documentName("contacts-log").variable("householdId", household).execute()
			.path("contacts.totalCount").entity(Integer.class).isEqualTo(0);
		partnerStaff().documentName("contacts-log").variable("householdId", household).execute()
			.path("contacts.totalCount").entity(Integer.class).isEqualTo(0);
		assertThat(audited("contacts", household)).as("reads that saw nothing record nothing").isEqualTo(2);
		assertThat(audited("recordContact", household)).isEqualTo(3);
	}

	@Test
	void theContactLogFeedsLostConnectionsAndTheLoanScreening() {
		String household = supportedHousehold(JapanDate.today().minusDays(10).toString());
		write("""
				MATCH (h:Household {id: $id}), (n:Need) WITH h, n LIMIT 1
				CREATE (h)-[:HAS_ISSUE {status: 'OPEN', since: date()}]->(n)
				CREATE (h)-[:HAS_LOAN]->(:Loan {id: randomUUID(), loanType: 'EMERGENCY_SMALL_FUND', amount: 200000,
				        decidedOn: date('2020-06-01'), repaymentStatus: 'REPAYING', createdAt: datetime()})""", "id", household);
		String code = (String) single("MATCH (h:Household {id: $id}) RETURN h.code", "id", household);
		assertThat(screeningRules(code)).doesNotContain("ADDRESS_UNKNOWN", "UNREACHABLE");

		recordContact(coordinator(), household, "LETTER", JapanDate.today().minusDays(2) + "T10:00:00+09:00",
				"ADDRESS_UNKNOWN");
		assertThat(screeningRules(code)).contains("ADDRESS_UNKNOWN");
		assertThat(lostReason(code)).isEqualTo("UNREACHABLE");

		recordContact(coordinator(), household, "VISIT", JapanDate.today().minusDays(1) + "T10:00:00+09:00",
				"CHECKED_IN");
		assertThat(screeningRules(code)).as("a later contact that reached the household").doesNotContain("ADDRESS_UNKNOWN");
		assertThat(lostReason(code)).isNotEqualTo("UNREACHABLE");
	}

	private java.util.List<String> screeningRules(String code) {
		return coordinator().documentName("gaps-loan-screening")
			.variable("area", ONO)
			.variable("first", 100)
			.execute()
			.path("loanScreening.edges[?(@.node.household.code == '" + code + "')].node.reasons[*].rule")
			.entityList(String.class)
			.get();
	}

	private String lostReason(String code) {
		java.util.List<String> reasons = coordinator().documentName("gaps-lost-connections")
			.variable("area", ONO)
			.variable("first", 100)
			.execute()
			.path("lostConnections.edges[?(@.node.household.code == '" + code + "')].node.reason")
			.entityList(String.class)
			.get();
		return reasons.isEmpty() ? null : reasons.get(0);
	}

	/** A new household 小野市社協 supports, its tie last used on the day given. */
	private String supportedHousehold(String lastContact) {
		String household = household();
		write("""
				MATCH (h:Household {id: $id}), (council:Organization {name: $council})
				CREATE (council)-[:SUPPORTS {since: date('2024-04-01'), lastContact: date($lastContact)}]->(h)""", "id",
				household, "council", COUNCIL, "lastContact", lastContact);
		return household;
	}

	private LocalDate lastContact(String household) {
		return (LocalDate) single("MATCH (:Organization {name: $council})-[t:SUPPORTS]->(:Household {id: $id}) RETURN t.lastContact",
				"council", COUNCIL, "id", household);
	}

	private GraphQlTester otherCouncil() {
		return patient(caller(Role.COORDINATOR, "宝塚市社会福祉協議会", null));
	}

	/** The partner's staff, who see the household through a consent and a support tie but did not record its contacts. */
	private GraphQlTester partnerStaffOf(String household) {
		write("""
				MATCH (h:Household {id: $id}), (partner:Organization {name: $partner})
				CREATE (h)-[:GAVE_CONSENT]->(c:Consent {id: randomUUID(), scope: 'INFORMATION_SHARING', givenAt: datetime(),
				        createdAt: datetime()})-[:TO]->(partner)
				CREATE (partner)-[:SUPPORTS {since: date('2024-04-01')}]->(h)""", "id", household, "partner", PARTNER);
		return partnerStaff();
	}
}
