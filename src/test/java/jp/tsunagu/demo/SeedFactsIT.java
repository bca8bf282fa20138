package jp.tsunagu.demo;

import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds' facts the API shows: the subsidy table and its rule, 未実施 as a record, the everyday-help needs. */
class SeedFactsIT extends HubIntegrationTest {

	private static final String ASSESSMENT = """
			query($municipality: String!, $year: Int!) { subsidyAssessment(municipality: $municipality, fiscalYear: $year) {
			  municipalityCode basisDate residentPopulation censusPopulation band { code baseAmountYen }
			  censusBand { code } shares { national prefecture municipality }
			  nationalAmountYen prefectureAmountYen municipalityAmountYen } }""";

	private static final String RECORD_POPULATION = """
			mutation($code: String!, $population: Int!, $asOf: Date!) {
			  recordResidentPopulation(input: {areaCode: $code, population: $population, asOf: $asOf}) {
			    areaCode population errors { field message } } }""";

	@Test
	void theSubsidyTableHasItsEightBandsAndTheRuleOfItsYear() {
		GraphQlTester.Response response = graphQl.document("""
				{ subsidyTable(fiscalYear: 2022) { fiscalYear populationBasisJa
				    bands { minPopulation maxPopulation baseAmountYen } shares { national prefecture municipality } } }""")
			.execute();
		response.path("subsidyTable.bands[*].baseAmountYen").entityList(Long.class).containsExactly(25_300_000L,
				28_000_000L, 31_000_000L, 33_800_000L, 42_000_000L, 50_500_000L, 56_000_000L, 61_800_000L);
		response.path("subsidyTable.bands[7].maxPopulation").valueIsNull();
		response.path("subsidyTable.populationBasisJa").entity(String.class)
			.satisfies(basis -> assertThat(basis).contains("住民基本台帳", "前年1月1日"));
		// the transition period: 3/4 from the state, 1/4 from the municipality
		response.path("subsidyTable.shares").entity(Map.class)
			.isEqualTo(Map.of("national", "3/4", "prefecture", "0", "municipality", "1/4"));
		graphQl.document("{ subsidyTable(fiscalYear: 2019) { fiscalYear } }").execute().path("subsidyTable").valueIsNull();
	}

	@Test
	void theBandFollowsTheResidentRegisterNotTheCensus() {
		// 大阪狭山市: 58,435 at the 2020 census (band 4); without a 住民基本台帳 figure there is no band
		GraphQlTester.Response unknown = assessment("大阪狭山市", 2022);
		unknown.path("subsidyAssessment.censusPopulation").entity(Long.class).isEqualTo(58_435L);
		unknown.path("subsidyAssessment.censusBand.code").entity(String.class).isEqualTo("fy2022_band_4");
		unknown.path("subsidyAssessment.band").valueIsNull();
		unknown.path("subsidyAssessment.nationalAmountYen").valueIsNull();
		unknown.path("subsidyAssessment.basisDate").entity(String.class).isEqualTo("2021-01-01");

		// a 住民基本台帳 figure on another date is not the basis
		recordPopulation("272311", 49_000, "2022-01-01").path("recordResidentPopulation.errors").entityList(Object.class)
			.hasSize(0);
		assessment("272311", 2022).path("subsidyAssessment.band").valueIsNull();
		// on the basis date it is, and it can put the town in another band than the census would
		recordPopulation("大阪狭山市", 49_999, "2021-01-01").path("recordResidentPopulation.areaCode").entity(String.class)
			.isEqualTo("272311");
		GraphQlTester.Response known = assessment("272311", 2022);
		known.path("subsidyAssessment.residentPopulation").entity(Long.class).isEqualTo(49_999L);
		known.path("subsidyAssessment.band.code").entity(String.class).isEqualTo("fy2022_band_3");
		known.path("subsidyAssessment.nationalAmountYen").entity(Long.class).isEqualTo(31_000_000L * 3 / 4);
		known.path("subsidyAssessment.prefectureAmountYen").entity(Long.class).isEqualTo(0L);
		known.path("subsidyAssessment.municipalityAmountYen").entity(Long.class).isEqualTo(31_000_000L / 4);

		// from FY2023: 1/2 state, 1/4 prefecture, 1/4 municipality (no table of that year is recorded)
		recordPopulation("272311", 58_000, "2022-01-01");
		GraphQlTester.Response later = assessment("272311", 2023);
		later.path("subsidyAssessment.shares").entity(Map.class)
			.isEqualTo(Map.of("national", "1/2", "prefecture", "1/4", "municipality", "1/4"));
		later.path("subsidyAssessment.residentPopulation").entity(Long.class).isEqualTo(58_000L);
		later.path("subsidyAssessment.band").valueIsNull();
	}

	@Test
	void aResidentPopulationNeedsAKnownMunicipalityAndAnAdministrator() {
		recordPopulation("999999", 100, "2021-01-01").path("recordResidentPopulation.errors[0].field")
			.entityList(String.class).containsExactly("input", "areaCode");
		recordPopulation("272311", -1, "2021-01-01").path("recordResidentPopulation.errors[0].field")
			.entityList(String.class).containsExactly("input", "population");
		as(new Caller("test.facts.analyst", Role.ANALYST, null, null)).document(RECORD_POPULATION)
			.variable("code", "272311").variable("population", 1).variable("asOf", "2021-01-01").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		assertThat(count("MATCH (p:ResidentPopulation {areaCode: '272311'}) RETURN count(p)")).isZero();
	}

	@Test
	void notRunningIsRecordedAsAGapAndRefusedWhereACommissionRunsTheFunction() {
		String record = """
				mutation($m: String!, $f: String!, $not: Boolean!) { recordFunctionNotRunning(input:
				  {municipalityCode: $m, functionCode: $f, notRunning: $not}) { notRunning errors { field message } } }""";
		String matrix = "query($m: String!) { supportFunctionCoverage(municipality: $m) { gapCount unknownCount functions { function { code } status mode } } }";
		// 大阪狭山市: nothing is known of 4 (アウトリーチ)
		assertThat(status(graphQl.document(matrix).variable("m", "272311").execute(), "4")).isEqualTo("UNKNOWN");
		try {
			graphQl.document(record).variable("m", "大阪狭山市").variable("f", "4").variable("not", true).execute()
				.path("recordFunctionNotRunning.notRunning").entity(Boolean.class).isEqualTo(true);
			GraphQlTester.Response after = graphQl.document(matrix).variable("m", "272311").execute();
			assertThat(status(after, "4")).isEqualTo("GAP");
			after.path("supportFunctionCoverage.gapCount").entity(Integer.class).isEqualTo(1);

			// 5 (多機関協働) is run by the 社協 under 重層: it cannot be recorded as not run
			GraphQlTester.Response refused = graphQl.document(record).variable("m", "272311").variable("f", "5")
				.variable("not", true).execute();
			refused.path("recordFunctionNotRunning.errors[0].field").entityList(String.class)
				.containsExactly("input", "functionCode");
			assertThat(count("MATCH (:Municipality {code: '272311'})-[:NOT_RUNNING]->(:SupportFunction {code: '5'}) RETURN count(*)"))
				.isZero();
			graphQl.document(record).variable("m", "272311").variable("f", "9.9").variable("not", true).execute()
				.path("recordFunctionNotRunning.errors[*].field").entityList(Object.class).hasSize(1);
		}
		finally {
			graphQl.document(record).variable("m", "272311").variable("f", "4").variable("not", false).execute()
				.path("recordFunctionNotRunning.notRunning").entity(Boolean.class).isEqualTo(false);
		}
		assertThat(status(graphQl.document(matrix).variable("m", "272311").execute(), "4")).isEqualTo("UNKNOWN");
	}

	@Test
	void snowClearingAndRubbishAreNeedsThatTsurutasDesksAddress() {
		graphQl.document("{ needs(broader: \"daily_living\") { code labelJa } }").execute()
			.path("needs[*].labelJa").entityList(String.class).contains("除雪", "ごみ出し", "買い物");
		List<String> services = as(new Caller("test.facts.analyst", Role.ANALYST, null, null)).document("""
				{ discover(needs: ["除雪"], area: "鶴田町", preventive: false, first: 50) {
				    edges { node { service { name } } } unaddressed { need { code } } } }""")
			.execute()
			.path("discover.edges[*].node.service.name").entityList(String.class).get();
		assertThat(services).contains("暮らしのよりどころ相談所（特別養護老人ホームつるた荘）",
				"暮らしのよりどころ相談所（グループホーム岩木川）");
	}

	private GraphQlTester.Response assessment(String municipality, int year) {
		return graphQl.document(ASSESSMENT).variable("municipality", municipality).variable("year", year).execute();
	}

	private GraphQlTester.Response recordPopulation(String code, int population, String asOf) {
		return graphQl.document(RECORD_POPULATION).variable("code", code).variable("population", population)
			.variable("asOf", asOf).execute();
	}

	private static String status(GraphQlTester.Response response, String function) {
		List<Map> functions = response.path("supportFunctionCoverage.functions").entityList(Map.class).get();
		return functions.stream()
			.filter(row -> function.equals(((Map<?, ?>) row.get("function")).get("code")))
			.map(row -> (String) row.get("status"))
			.findFirst()
			.orElseThrow();
	}
}
