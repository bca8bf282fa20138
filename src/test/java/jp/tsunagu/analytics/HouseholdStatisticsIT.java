package jp.tsunagu.analytics;

import java.util.List;
import java.util.Map;

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
		response.path("householdStatistics.total").entity(Long.class).isEqualTo(unprotected);
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
		response.path("householdStatistics.byNeed[?(@.need.code == 'household_finance')].count")
			.entityList(Long.class)
			.containsExactly(finance);
		response.path("householdStatistics.byFlag[?(@.flag == 'SINGLE_ELDERLY')]")
			.entityList(Map.class)
			.containsExactly(Map.of("flag", "SINGLE_ELDERLY", "labelJa", "高齢単身", "count", 1));
		long kinds = count("""
				MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {code: '272051'})
				WHERE NOT h.archived AND h.protection = 'NONE'
				MATCH (h)-[:ISOLATED_FROM]->(k:IsolationKind) RETURN count(DISTINCT k)""");
		response.path("householdStatistics.byIsolation").entityList(Map.class).hasSize((int) kinds);
		List<Integer> counts = response.path("householdStatistics.byNeed[*].count").entityList(Integer.class).get();
		assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
	}

	/** A coordinator could ask about any district in the country, where a count of one is a household: not theirs. */
	@Test
	void administratorsMayCountCoordinatorsAndOthersMayNot() {
		statistics(graphQl, "282189").path("householdStatistics.total").entity(Integer.class).isEqualTo(5);
		for (var tester : List.of(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)),
				as(caller(Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null)))) {
			statistics(tester, "282189").errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "FORBIDDEN")));
		}
		statistics(anonymous, "282189").errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
	}

	@Test
	void anUnknownAreaIsABadArgument() {
		statistics(as(ANALYST), "999999").errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).isEqualTo("areaCode: no area with code 999999 (コード 999999 の地域はありません)");
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			}));
	}

	private static GraphQlTester.Response statistics(HttpGraphQlTester tester, String areaCode) {
		return tester.documentName("analytics-household-statistics").variable("areaCode", areaCode).execute();
	}
}
