package jp.tsunagu.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import org.neo4j.driver.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household list: each filter, how filters combine, paging and its cost. Every household here is supported
 * by a fresh organisation, so filtering by it as well keeps the demo's own households out of the results.
 */
class HouseholdListIT extends HouseholdTestSupport {

	private String team;

	@BeforeEach
	void createTheSupportingTeam() {
		team = organization("世帯一覧テストチーム");
	}

	@Test
	void filtersByAreaIncludingEverythingBelowIt() {
		String district = district("hh-list", "世帯一覧テスト地区");
		supported(input("code", "HH-L-A", "areaCode", district));
		supported(input("code", "HH-L-B", "areaCode", ONO));
		supported(input("code", "HH-L-C", "areaCode", TAKARAZUKA));

		assertThat(codes(input("supporterId", team))).containsExactly("HH-L-A", "HH-L-B", "HH-L-C");
		assertThat(codes(input("supporterId", team, "area", district))).containsExactly("HH-L-A");
		assertThat(codes(input("supporterId", team, "area", ONO))).containsExactly("HH-L-A", "HH-L-B");
		assertThat(codes(input("supporterId", team, "area", HYOGO))).containsExactly("HH-L-A", "HH-L-B", "HH-L-C");
		assertThat(codes(input("area", district))).containsExactly("HH-L-A");
	}

	@Test
	void filtersBySupporterOrganizationOrPerson() {
		String volunteer = person("世帯一覧テスト 民生委員");
		String a = supported(householdInput("HH-L-D"));
		supported(householdInput("HH-L-E"));
		household("HH-L-F");
		succeed("household-add-support", "addSupport", input("householdId", a, "supporterId", volunteer));

		assertThat(codes(input("supporterId", team))).containsExactly("HH-L-D", "HH-L-E");
		assertThat(codes(input("supporterId", volunteer))).containsExactly("HH-L-D");
	}

	@Test
	void filtersByOpenOrInProgressIssuesIncludingNarrowerNeeds() {
		issue(supported(householdInput("HH-L-G")), "eighty_fifty", "OPEN");
		issue(supported(householdInput("HH-L-H")), "unemployment", "RESOLVED");
		issue(supported(householdInput("HH-L-I")), "unemployment", "IN_PROGRESS");

		assertThat(codes(input("supporterId", team, "need", "employment"))).containsExactly("HH-L-G", "HH-L-I");
		assertThat(codes(input("supporterId", team, "need", "unemployment"))).containsExactly("HH-L-I");
		assertThat(codes(input("supporterId", team, "need", "long_term_care"))).containsExactly("HH-L-G");
		assertThat(codes(input("supporterId", team, "need", "housing"))).isEmpty();
	}

	@Test
	void filtersByFlagAndByRepaymentStatusAndCombinesFilters() {
		String g = supported(input("code", "HH-L-J", "areaCode", ONO, "flags", List.of("SINGLE_PARENT", "FREELANCE")));
		String h = supported(input("code", "HH-L-K", "areaCode", TAKARAZUKA, "flags", List.of("FREELANCE")));
		supported(input("code", "HH-L-L", "areaCode", ONO));
		loan(g, "IN_ARREARS");
		loan(h, "COMPLETED");
		loan(h, "IN_ARREARS");

		assertThat(codes(input("supporterId", team, "flag", "FREELANCE"))).containsExactly("HH-L-J", "HH-L-K");
		assertThat(codes(input("supporterId", team, "flag", "SINGLE_PARENT"))).containsExactly("HH-L-J");
		assertThat(codes(input("supporterId", team, "repaymentStatus", "IN_ARREARS"))).containsExactly("HH-L-J",
				"HH-L-K");
		assertThat(codes(input("supporterId", team, "repaymentStatus", "COMPLETED"))).containsExactly("HH-L-K");
		assertThat(codes(input("supporterId", team, "repaymentStatus", "DEFERRED"))).isEmpty();
		assertThat(codes(input("supporterId", team, "flag", "FREELANCE", "repaymentStatus", "IN_ARREARS", "area",
				ONO))).containsExactly("HH-L-J");
	}

	@Test
	void pagesThroughTheCodeOrderWithoutGapsOrRepeats() {
		for (String code : List.of("HH-P-4", "HH-P-1", "HH-P-5", "HH-P-3", "HH-P-2")) {
			supported(householdInput(code));
		}
		Map<String, Object> filter = input("supporterId", team);

		GraphQlTester.Response page = api().documentName("households-list").variable("filter", filter)
			.variable("first", 2).execute();
		page.path("households.totalCount").entity(Integer.class).isEqualTo(5);
		page.path("households.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		List<String> codes = new ArrayList<>();
		int pages = 1;
		while (true) {
			codes.addAll(page.path("households.edges[*].node.code").entityList(String.class).get());
			if (!page.path("households.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			String cursor = page.path("households.pageInfo.endCursor").entity(String.class).get();
			page = api().documentName("households-list").variable("filter", filter).variable("first", 2)
				.variable("after", cursor).execute();
			page.path("households.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
			pages++;
		}
		assertThat(codes).containsExactly("HH-P-1", "HH-P-2", "HH-P-3", "HH-P-4", "HH-P-5");
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void aPageWithEveryChildFieldCostsTheSameNumberOfStatementsForTwoOrSixHouseholds() {
		String partner = organization("世帯一覧テスト連携先");
		for (int i = 1; i <= 6; i++) {
			String id = supported(input("code", "HH-N-" + i, "areaCode", ONO, "flags", List.of("FREELANCE"),
					"isolationCodes", List.of("family")));
			issue(id, "loneliness", "OPEN");
			loan(id, "REPAYING");
			succeed("household-give-consent", "giveConsent", input("householdId", id, "scope", "REFERRAL",
					"organizationIds", List.of(team, partner)));
		}

		int forTwo = statementsFor(2);
		int forSix = statementsFor(6);

		assertThat(forSix).isEqualTo(forTwo);
		// page + audit + area + issues + isolation + loans + consents + consent organisations + supporters
		assertThat(forSix).isLessThanOrEqualTo(9);
	}

	/** Every demo household is read, with every child field, by a coordinator of the organisation holding its record. */
	@Test
	void readsEveryHouseholdOfTheDemoNetworkWithEveryChildField() {
		List<String> stored;
		List<String> holders;
		try (Session session = driver.session()) {
			stored = session.run("MATCH (h:Household) WHERE NOT h.archived RETURN h.code AS code ORDER BY code")
				.list(row -> row.get("code").asString());
			holders = session.run("MATCH (:Household)-[:RECORD_HELD_BY]->(o:Organization) RETURN DISTINCT o.name AS name")
				.list(row -> row.get("name").asString());
		}
		java.util.Set<String> read = new java.util.TreeSet<>();
		for (String holder : holders) {
			GraphQlTester.Response response = as(caller(Role.COORDINATOR, holder, null)).documentName("households-with-ties")
				.variable("first", 100)
				.execute();
			response.errors().verify();
			read.addAll(response.path("households.edges[*].node.code").entityList(String.class).get());
		}
		assertThat(read).containsExactlyElementsOf(stored);
	}

	private int statementsFor(int households) {
		statements.reset();
		api().documentName("households-with-ties")
			.variable("filter", input("supporterId", team))
			.variable("first", households)
			.execute()
			.path("households.edges[*].node.consents[*].organizations[*].name")
			.entityList(String.class)
			.hasSize(households * 2);
		return statements.count();
	}

	private String supported(Map<String, Object> input) {
		String id = household(input);
		succeed("household-add-support", "addSupport", input("householdId", id, "supporterId", team));
		return id;
	}

	private void issue(String householdId, String needCode, String status) {
		succeed("household-set-issue", "setHouseholdIssue",
				input("householdId", householdId, "needCode", needCode, "status", status));
	}

	private void loan(String householdId, String repaymentStatus) {
		succeed("household-add-loan", "addLoan", input("householdId", householdId, "loanType", "GENERAL_SUPPORT_FUND",
				"amount", 600000, "decidedOn", "2021-01-15", "repaymentStatus", repaymentStatus));
	}
}
