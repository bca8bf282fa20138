package jp.tsunagu.household;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** What is recorded about a household: issues, loans, consents and supporters, and the errors of each. */
class HouseholdTiesIT extends HouseholdTestSupport {

	private static final String IN_TWO_DAYS = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(2).toString();

	@Test
	void recordsAnIssueThenChangesItsStatusThenRemovesIt() {
		String id = household("HH-I-0001");

		GraphQlTester.Response opened = succeed("household-set-issue", "setHouseholdIssue",
				input("householdId", id, "needCode", "eighty_fifty"));
		opened.path("setHouseholdIssue.household.issues[0].status").entity(String.class).isEqualTo("OPEN");
		opened.path("setHouseholdIssue.household.issues[0].statusLabelJa").entity(String.class).isEqualTo("未対応");
		assertThat(count("""
				MATCH (:Household {id: $id})-[i:HAS_ISSUE {status: 'OPEN'}]->(:Need {code: 'eighty_fifty'})
				WHERE i.since IS NOT NULL RETURN count(i)""", "id", id)).isEqualTo(1);

		succeed("household-set-issue", "setHouseholdIssue",
				input("householdId", id, "needCode", "eighty_fifty", "status", "IN_PROGRESS", "since", "2024-04-01"));
		assertThat(count("""
				MATCH (:Household {id: $id})-[i:HAS_ISSUE]->(:Need {code: 'eighty_fifty'})
				WHERE i.status = 'IN_PROGRESS' AND i.since = date('2024-04-01') RETURN count(i)""", "id", id))
			.isEqualTo(1);

		succeed("household-remove-issue", "removeHouseholdIssue", input("householdId", id, "needCode", "eighty_fifty"))
			.path("removeHouseholdIssue.household.issues")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(count("MATCH (:Household {id: $id})-[i:HAS_ISSUE]->() RETURN count(i)", "id", id)).isZero();

		String before = snapshot(id);
		assertThat(fail("household-remove-issue", "removeHouseholdIssue",
				input("householdId", id, "needCode", "eighty_fifty")))
			.containsExactly(Map.of("field", "needCode", "message", "the household has no issue with need eighty_fifty"));
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void refusesAnIssueWithAnUnknownNeedOrAFutureStart() {
		String id = household("HH-I-0002");
		String before = snapshot(id);

		assertThat(fail("household-set-issue", "setHouseholdIssue",
				input("householdId", id, "needCode", "nonsense", "since", IN_TWO_DAYS)))
			.containsExactlyInAnyOrder(Map.of("field", "needCode", "message", "no need with code nonsense"),
					Map.of("field", "since", "message", "must not be in the future, was " + IN_TWO_DAYS));
		assertThat(fail("household-set-issue", "setHouseholdIssue",
				input("householdId", "no-such-household", "needCode", "loneliness")))
			.containsExactly(Map.of("field", "householdId", "message", "no household with id no-such-household"));
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void recordsALoanDecisionThenItsRepaymentStatus() {
		String id = household("HH-I-0003");

		GraphQlTester.Response added = succeed("household-add-loan", "addLoan", input("householdId", id, "loanType",
				"GENERAL_SUPPORT_FUND_EXTENSION", "amount", 600000, "decidedOn", "2021-03-01", "repaymentStatus",
				"DEFERRED"));
		added.path("addLoan.household.loans[0].loanTypeLabelJa").entity(String.class).isEqualTo("総合支援資金 (延長・再貸付)");
		added.path("addLoan.household.loans[0].repaymentStatusLabelJa").entity(String.class).isEqualTo("猶予");
		String loan = added.path("addLoan.household.loans[0].id").entity(String.class).get();
		try (Session session = driver.session()) {
			Record stored = cypher(session, "MATCH (:Household {id: $id})-[:HAS_LOAN]->(l:Loan) RETURN l", "id", id)
				.single();
			Value l = stored.get("l");
			assertThat(l.get("id").asString()).isEqualTo(loan);
			assertThat(l.get("loanType").asString()).isEqualTo("GENERAL_SUPPORT_FUND_EXTENSION");
			assertThat(l.get("amount").asInt()).isEqualTo(600000);
			assertThat(l.get("decidedOn").asLocalDate()).isEqualTo(LocalDate.of(2021, 3, 1));
			assertThat(l.get("repaymentStatus").asString()).isEqualTo("DEFERRED");
			assertThat(l.get("createdAt").isNull()).isFalse();
		}

		succeed("household-update-loan", "updateLoan", input("loanId", loan, "repaymentStatus", "IN_ARREARS"))
			.path("updateLoan.household.loans[0].repaymentStatus")
			.entity(String.class)
			.isEqualTo("IN_ARREARS");
		assertThat(count("MATCH (l:Loan {id: $id, repaymentStatus: 'IN_ARREARS'}) RETURN count(l)", "id", loan))
			.isEqualTo(1);
	}

	@Test
	void refusesLoansOutOfRangeOrOutOfTimeAndUnknownLoans() {
		String id = household("HH-I-0004");
		String before = snapshot(id);

		assertThat(fail("household-add-loan", "addLoan", input("householdId", id, "loanType", "EMERGENCY_SMALL_FUND",
				"amount", 0, "decidedOn", IN_TWO_DAYS, "repaymentStatus", "REPAYING")))
			.containsExactlyInAnyOrder(Map.of("field", "amount", "message", "must be between 1 and 2000000 yen, was 0"),
					Map.of("field", "decidedOn", "message", "must not be in the future, was " + IN_TWO_DAYS));
		assertThat(fail("household-add-loan", "addLoan", input("householdId", id, "loanType", "GENERAL_SUPPORT_FUND",
				"amount", 2_000_001, "decidedOn", "2019-12-01", "repaymentStatus", "REPAYING")))
			.containsExactlyInAnyOrder(
					Map.of("field", "amount", "message", "must be between 1 and 2000000 yen, was 2000001"),
					Map.of("field", "decidedOn", "message", "special loans began on 2020-03-25, was 2019-12-01"));
		assertThat(fail("household-update-loan", "updateLoan", input("loanId", "no-such-loan", "repaymentStatus",
				"COMPLETED")))
			.containsExactly(Map.of("field", "loanId", "message", "no loan with id no-such-loan"));
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void recordsAConsentForItsOrganizationsThenItsWithdrawal() {
		String id = household("HH-I-0005");
		String council = organization("同意テスト社協");
		String agency = organization("同意テスト相談機関");

		GraphQlTester.Response given = succeed("household-give-consent", "giveConsent", input("householdId", id,
				"scope", "INFORMATION_SHARING", "organizationIds", List.of(council, agency, council)));
		given.path("giveConsent.household.consents[0].scopeLabelJa").entity(String.class).isEqualTo("関係機関との情報共有");
		given.path("giveConsent.household.consents[0].active").entity(Boolean.class).isEqualTo(true);
		assertThat(given.path("giveConsent.household.consents[0].organizations[*].name").entityList(String.class).get())
			.containsExactlyInAnyOrder("同意テスト社協", "同意テスト相談機関");
		String consent = given.path("giveConsent.household.consents[0].id").entity(String.class).get();
		assertThat(count("""
				MATCH (:Household {id: $id})-[:GAVE_CONSENT]->(c:Consent {id: $consent, scope: 'INFORMATION_SHARING'})-[:TO]->(o:Organization)
				WHERE c.givenAt IS NOT NULL AND c.withdrawnAt IS NULL AND c.createdAt IS NOT NULL
				RETURN count(o)""", "id", id, "consent", consent)).isEqualTo(2);

		GraphQlTester.Response withdrawn = succeed("household-withdraw-consent", "withdrawConsent",
				input("consentId", consent));
		withdrawn.path("withdrawConsent.household.consents[0].active").entity(Boolean.class).isEqualTo(false);
		withdrawn.path("withdrawConsent.household.consents[0].withdrawnAt").hasValue();
		assertThat(count("MATCH (c:Consent {id: $id}) WHERE c.withdrawnAt >= c.givenAt RETURN count(c)", "id",
				consent)).isEqualTo(1);

		String before = snapshot(id);
		assertThat(fail("household-withdraw-consent", "withdrawConsent", input("consentId", consent)))
			.singleElement()
			.satisfies(error -> {
				assertThat(error.get("field")).isEqualTo("consentId");
				assertThat((String) error.get("message")).startsWith("was already withdrawn at ");
			});
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void refusesAConsentWithoutUsableOrganizationsOrFromTheFuture() {
		String id = household("HH-I-0006");
		String archived = organization("同意テスト閉鎖団体");
		api().documentName("household-fixture-archive-organization").variable("id", archived).execute()
			.path("archiveOrganization.errors").entityList(Object.class).hasSize(0);
		String future = OffsetDateTime.now().plusDays(1).withNano(0).toString();
		String before = snapshot(id);

		assertThat(fail("household-give-consent", "giveConsent",
				input("householdId", id, "scope", "REFERRAL", "organizationIds", List.of())))
			.containsExactly(Map.of("field", "organizationIds",
					"message", "must name at least one organisation the consent covers"));
		assertThat(fail("household-give-consent", "giveConsent", input("householdId", id, "scope", "REFERRAL",
				"organizationIds", List.of("no-such-organization", archived), "givenAt", future)))
			.containsExactlyInAnyOrder(
					Map.of("field", "organizationIds", "message", "no organisation with id no-such-organization"),
					Map.of("field", "organizationIds", "message", "organisation " + archived + " is archived"),
					Map.of("field", "givenAt", "message", "must not be in the future, was " + OffsetDateTime.parse(future)));
		assertThat(fail("household-withdraw-consent", "withdrawConsent", input("consentId", "no-such-consent")))
			.containsExactly(Map.of("field", "consentId", "message", "no consent with id no-such-consent"));
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void recordsSupportByAnOrganizationOrAPersonAndUpdatesTheLastContact() {
		String id = household("HH-I-0007");
		String csw = organization("支援テスト社協");
		String volunteer = person("支援テスト 民生委員");

		succeed("household-add-support", "addSupport",
				input("householdId", id, "supporterId", csw, "since", "2024-04-01", "lastContact", "2024-04-15"));
		succeed("household-add-support", "addSupport",
				input("householdId", id, "supporterId", csw, "lastContact", "2024-06-01"));
		GraphQlTester.Response response = succeed("household-add-support", "addSupport",
				input("householdId", id, "supporterId", volunteer, "lastContact", "2024-05-20"));

		response.path("addSupport.household.supporters[*].supporter.__typename").entityList(String.class)
			.containsExactly("Organization", "Person");
		assertThat(count("""
				MATCH (:Organization {id: $csw})-[t:SUPPORTS]->(:Household {id: $id})
				WHERE t.since = date('2024-04-01') AND t.lastContact = date('2024-06-01') RETURN count(t)""",
				"csw", csw, "id", id)).isEqualTo(1);
		assertThat(count("""
				MATCH (:Person {id: $volunteer})-[t:SUPPORTS]->(:Household {id: $id})
				WHERE t.since = date('2024-05-20') AND t.lastContact = date('2024-05-20') RETURN count(t)""",
				"volunteer", volunteer, "id", id)).isEqualTo(1);

		succeed("household-remove-support", "removeSupport", input("householdId", id, "supporterId", csw))
			.path("removeSupport.household.supporters[*].supporter.id")
			.entityList(String.class)
			.containsExactly(volunteer);
		assertThat(count("MATCH ()-[t:SUPPORTS]->(:Household {id: $id}) RETURN count(t)", "id", id)).isEqualTo(1);

		String before = snapshot(id);
		assertThat(fail("household-remove-support", "removeSupport", input("householdId", id, "supporterId", csw)))
			.containsExactly(Map.of("field", "supporterId", "message", csw + " does not support this household"));
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void refusesSupportersThatAreNeitherOrganizationsNorPeopleAndDatesOutOfOrder() {
		String id = household("HH-I-0008");
		String csw = organization("支援テスト社協2");
		succeed("household-add-support", "addSupport",
				input("householdId", id, "supporterId", csw, "since", "2024-04-01"));
		String other = household("HH-I-0009");
		String before = snapshot(id);

		assertThat(fail("household-add-support", "addSupport", input("householdId", id, "supporterId", other)))
			.containsExactly(Map.of("field", "supporterId", "message", "no organisation or person with id " + other));
		assertThat(fail("household-add-support", "addSupport",
				input("householdId", id, "supporterId", csw, "lastContact", "2024-03-31")))
			.containsExactly(Map.of("field", "lastContact",
					"message", "must not be before since (2024-04-01), was 2024-03-31"));
		assertThat(fail("household-add-support", "addSupport",
				input("householdId", id, "supporterId", csw, "since", IN_TWO_DAYS, "lastContact", IN_TWO_DAYS)))
			.containsExactlyInAnyOrder(Map.of("field", "since", "message", "must not be in the future, was " + IN_TWO_DAYS),
					Map.of("field", "lastContact", "message", "must not be in the future, was " + IN_TWO_DAYS));
		assertThat(snapshot(id)).isEqualTo(before);
	}
}
