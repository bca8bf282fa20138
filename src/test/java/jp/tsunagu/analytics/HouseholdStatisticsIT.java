package jp.tsunagu.analytics;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdStatisticsIT extends HubIntegrationTest {

	private static final Caller ANALYST = new Caller("test.analyst", Role.ANALYST, null, null);

	/** 吹田市 and 松江市 each have a DV household in the demo (HH-272051-0001, HH-322016-0001). */
	@ParameterizedTest
	@ValueSource(strings = { "272051", "322016" })
	void countsLeaveOutProtectedHouseholds(String areaCode) {
		long everyone = count("""
				MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {code: $area})
				WHERE NOT h.archived RETURN count(DISTINCT h)""", "area", areaCode);
		long unprotected = count("""
				MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {code: $area})
				WHERE NOT h.archived AND h.protection = 'NONE' RETURN count(DISTINCT h)""", "area", areaCode);
		assertThat(unprotected).isEqualTo(everyone - 1);

		GraphQlTester.Response response = statistics(as(ANALYST), areaCode);
		String shown = response.path("householdStatistics.totalShown").entity(String.class).get();
		// shown, or suppressed only to protect a smaller neighbour
		assertThat(shown).isIn(Long.toString(unprotected), unprotected >= 3 ? "x" : "<3");
		// Only the DV household has violence_abuse or is a single parent there: neither may show.
		response.path("householdStatistics.byNeed[*].need.code").entityList(String.class)
			.doesNotContain("violence_abuse");
		response.path("householdStatistics.byFlag[*].flag").entityList(String.class).doesNotContain("SINGLE_PARENT");
	}

	@Test
	void countsNeedsFlagsAndIsolationOfTheArea() {
		GraphQlTester.Response response = statistics(as(ANALYST), "272051");
		long finance = count("""
				MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {code: '272051'})
				WHERE NOT h.archived AND h.protection = 'NONE'
				  AND EXISTS { (h)-[i:HAS_ISSUE]->(:Need {code: 'household_finance'}) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] }
				RETURN count(DISTINCT h)""");
		response.path("householdStatistics.byNeed[?(@.need.code == 'household_finance')].shown")
			.entityList(String.class)
			.containsExactly(finance >= 3 ? Long.toString(finance) : "<3");
		// one single elderly household in 吹田市: a small cell
		response.path("householdStatistics.byFlag[?(@.flag == 'SINGLE_ELDERLY')]")
			.entityList(Map.class)
			.containsExactly(suppressedSingleElderly());
		long kinds = count("""
				MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {code: '272051'})
				WHERE NOT h.archived AND h.protection = 'NONE'
				MATCH (h)-[:ISOLATED_FROM]->(k:IsolationKind) RETURN count(DISTINCT k)""");
		response.path("householdStatistics.byIsolation").entityList(Map.class).hasSize((int) kinds);
		List<Boolean> suppressed = response.path("householdStatistics.byNeed[*].suppressed").entityList(Boolean.class).get();
		assertThat(suppressed).isSortedAccordingTo(Boolean::compare);
	}

	/**
	 * Three districts of one town: 5, 1 and 4 households. The 1 is suppressed; alone it could be had as the town's 10
	 * less 5 and 4, so the 4, the next smallest, is suppressed too. The town's own figure stays.
	 */
	@Test
	void smallCountsAndTheirComplementsAreSuppressed() {
		String town = area("Municipality", null);
		String five = area("District", town);
		String one = area("District", town);
		String four = area("District", town);
		households(five, 5);
		households(one, 1);
		households(four, 4);

		GraphQlTester.Response big = statistics(as(ANALYST), five);
		big.path("householdStatistics.total").entity(Integer.class).isEqualTo(5);
		big.path("householdStatistics.byFlag[0].shown").entity(String.class).isEqualTo("5");
		GraphQlTester.Response small = statistics(as(ANALYST), one);
		small.path("householdStatistics.totalSuppressed").entity(Boolean.class).isEqualTo(true);
		small.path("householdStatistics.totalShown").entity(String.class).isEqualTo("<3");
		small.path("householdStatistics.byFlag[0]").entity(Map.class)
			.isEqualTo(suppressedSingleElderly());
		small.path("householdStatistics.total").valueIsNull();
		GraphQlTester.Response complement = statistics(as(ANALYST), four);
		complement.path("householdStatistics.totalShown").entity(String.class).isEqualTo("x");
		complement.path("householdStatistics.byFlag[0].shown").entity(String.class).isEqualTo("x");
		statistics(as(ANALYST), town).path("householdStatistics.totalShown").entity(String.class).isEqualTo("10");
	}

	private static Map<String, Object> suppressedSingleElderly() {
		Map<String, Object> cell = new java.util.LinkedHashMap<>();
		cell.put("flag", "SINGLE_ELDERLY");
		cell.put("labelJa", "高齢単身");
		cell.put("count", null);
		cell.put("suppressed", true);
		cell.put("shown", "<3");
		return cell;
	}

	private String area(String label, String parentCode) {
		String code = "stats-" + UUID.randomUUID().toString().substring(0, 12);
		write("CREATE (a:Area {id: randomUUID(), code: $code, name: $code, archived: false, createdAt: datetime()}) SET a:"
				+ label + " WITH a OPTIONAL MATCH (p:Area {code: $parent}) "
				+ "FOREACH (parent IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (a)-[:PART_OF]->(parent))",
				"code", code, "parent", parentCode);
		return code;
	}

	private void households(String areaCode, int count) {
		write("""
				MATCH (a:Area {code: $area}) UNWIND range(1, $count) AS i
				CREATE (:Household {id: randomUUID(), code: 'HH-STATS-' + randomUUID(), protection: 'NONE',
				  archived: false, memberCount: 1, flags: ['SINGLE_ELDERLY'], createdAt: datetime()})-[:LIVES_IN]->(a)""",
				"area", areaCode, "count", count);
	}

	@Test
	void administratorsAndCoordinatorsMayCountAndOthersMayNot() {
		statistics(graphQl, "282189").path("householdStatistics.totalShown").entity(String.class).isNotEqualTo("");
		statistics(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)), "282189").errors().verify();
		statistics(as(caller(Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null)), "282189").errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "FORBIDDEN")));
		statistics(anonymous, "282189").errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
	}

	/**
	 * A coordinator could ask about any district in the country, where a count of one is a household: it counts only
	 * the households its council holds the records of, under the same small-cell policy.
	 */
	@Test
	void aCoordinatorCountsOnlyItsCouncilsRecordsUnderTheSamePolicy() {
		Caller coordinator = caller(Role.COORDINATOR, "小野市社会福祉協議会", null);
		String town = area("Municipality", null);
		String a = area("District", town);
		String b = area("District", town);
		String c = area("District", town);
		households(a, 4);
		heldBy(a, coordinator.organizationId());
		households(a, 2);
		households(b, 5);
		heldBy(b, coordinator.organizationId());
		households(c, 1);
		heldBy(c, coordinator.organizationId());
		// the council's table: a 4, b 5, c 1 (<3), so a, the next smallest, is suppressed too
		assertThat(List.of(a, b, c).stream()
			.map(area -> statistics(as(coordinator), area).path("householdStatistics.totalShown").entity(String.class).get())
			.toList()).containsExactly("x", "5", "<3");
		// everyone's: a 6, b 5, c 1
		assertThat(List.of(a, b, c).stream()
			.map(area -> statistics(as(ANALYST), area).path("householdStatistics.totalShown").entity(String.class).get())
			.toList()).containsExactly("6", "x", "<3");
		// another council holds none of them
		statistics(as(caller(Role.COORDINATOR, "鶴田町社会福祉協議会", null)), b)
			.path("householdStatistics.totalShown").entity(String.class).isEqualTo("0");
	}

	private void heldBy(String areaCode, String organizationId) {
		write("""
				MATCH (h:Household)-[:LIVES_IN]->(:Area {code: $area}) WHERE NOT EXISTS { (h)-[:RECORD_HELD_BY]->() }
				MATCH (o:Organization {id: $organization})
				CREATE (h)-[:RECORD_HELD_BY]->(o)""", "area", areaCode, "organization", organizationId);
	}

	@Test
	void anUnknownAreaIsABadArgument() {
		statistics(as(ANALYST), "999999").errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).isEqualTo("areaCode: コード 999999 の地域はありません");
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			}));
	}

	private static GraphQlTester.Response statistics(HttpGraphQlTester tester, String areaCode) {
		return tester.documentName("analytics-household-statistics").variable("areaCode", areaCode).execute();
	}
}
