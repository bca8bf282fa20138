package jp.tsunagu.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every analyst query in {@code cypher/} runs as an analyst through {@code analystCypher} on the demo network, with the
 * example parameters of its header, answers with the columns its header names, and gives a known answer. A new file
 * needs an answer here.
 */
class CypherLibraryIT extends HubIntegrationTest {

	private static final Path LIBRARY = Path.of("cypher");

	/** The example parameters are a JSON object of strings and numbers: {"municipality": "282189", "km": 20}. */
	private static final Pattern EXAMPLE_PAIR = Pattern.compile("\"(\\w+)\"\\s*:\\s*(?:\"([^\"]*)\"|(-?\\d+(?:\\.\\d+)?))");

	private static final Caller ANALYST = new Caller("test.library", Role.ANALYST, null, null);

	private static final ParameterizedTypeReference<List<List<Object>>> ROWS = new ParameterizedTypeReference<>() {
	};

	static Stream<String> library() throws IOException {
		try (Stream<Path> files = Files.list(LIBRARY)) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".cypher")).sorted()
				.toList()
				.stream();
		}
	}

	/** Scores written back onto demo organisations are not the demo's: remove them. */
	@AfterEach
	void removeWrittenScores() {
		write("""
				MATCH (o:Organization) WHERE o.collaborationMetricsArea IS NOT NULL
				REMOVE o.collaborationDegree, o.collaborationPageRank, o.collaborationBetweenness,
				  o.collaborationCommunity, o.collaborationMetricsArea, o.collaborationMetricsAt""");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("library")
	void answersWithItsColumnsAndAKnownAnswer(String name) throws IOException {
		String text = Files.readString(LIBRARY.resolve(name));
		assertThat(header(text, "Purpose")).as(name + " states its purpose").isNotBlank();
		List<String> columns = Arrays.stream(header(text, "Columns").split(",")).map(String::trim).toList();
		Map<String, Object> example = new HashMap<>();
		Matcher pair = EXAMPLE_PAIR.matcher(header(text, "Example"));
		while (pair.find()) {
			example.put(pair.group(1), pair.group(2) != null ? pair.group(2) : new java.math.BigDecimal(pair.group(3)));
		}
		if (name.equals("top_bridging_organizations.cypher")) {
			as(ANALYST).documentName("centrality-write").variable("area", example.get("area")).execute()
				.path("writeCollaborationMetrics.errors").entityList(Object.class).hasSize(0);
		}

		GraphQlTester.Response response = as(ANALYST)
			.documentName("analytics-cypher")
			.variable("query", text)
			.variable("parameters", example)
			.execute();
		response.errors().verify();
		response.path("analystCypher.columns").entityList(String.class).containsExactly(columns.toArray(String[]::new));
		List<List<Object>> rows = response.path("analystCypher.rows").entity(ROWS).get();
		assertThat(rows).as(name + " answers on the demo network").isNotEmpty();
		knownAnswer(name, columns, rows);
	}

	private void knownAnswer(String name, List<String> columns, List<List<Object>> rows) {
		switch (name) {
			case "coverage_per_municipality.cypher" -> {
				List<Object> ono = row(rows, columns, "code", "282189");
				assertThat(number(ono, columns, "organizations")).isEqualTo(count("""
						MATCH (o:Organization)-[:LOCATED_IN]->(a:Area) WHERE a.code STARTS WITH '282189'
						  AND NOT coalesce(o.archived, false) RETURN count(o)"""));
				assertThat(number(ono, columns, "networks")).isPositive();
			}
			case "collaboration_density.cypher" -> {
				List<Object> ono = row(rows, columns, "code", "282189");
				assertThat(number(ono, columns, "collaborations")).isEqualTo(count("""
						MATCH (a:Organization)-[:COLLABORATES_WITH]->(b:Organization)
						WHERE [(a)-[:LOCATED_IN]->(x) | x.code][0] STARTS WITH '282189'
						  AND [(b)-[:LOCATED_IN]->(y) | y.code][0] STARTS WITH '282189'
						RETURN count(DISTINCT [a.id, b.id])"""));
				rows.forEach(row -> assertThat(((Number) row.get(columns.indexOf("density"))).doubleValue()).isBetween(0.0, 1.0));
			}
			// the demo's isolated households in 小野市: HH-282189-0001 in 来住, HH-282189-0004 in 市場, both supported
			case "isolated_households_per_district.cypher" -> {
				assertThat(number(row(rows, columns, "district", "282189-kisumi"), columns, "isolated")).isEqualTo(1);
				assertThat(number(row(rows, columns, "district", "282189-ichiba"), columns, "isolated")).isEqualTo(1);
				assertThat(rows.stream().mapToLong(row -> ((Number) row.get(columns.indexOf("unsupported"))).longValue()).sum())
					.isZero();
			}
			case "network_growth_by_year.cypher" -> assertThat(number(rows.get(rows.size() - 1), columns, "total"))
				.isEqualTo(count("MATCH (n:Network) WHERE n.foundedOn IS NOT NULL AND NOT coalesce(n.archived, false) RETURN count(n)"));
			// 太子町: all three households have 家計 open or in progress, and the town's food bank and 生活相談 address it
			case "needs_without_services.cypher" -> {
				List<Object> finance = row(rows, columns, "need", "household_finance");
				assertThat(number(finance, columns, "households")).isEqualTo(3);
				assertThat(number(finance, columns, "services")).isGreaterThanOrEqualTo(2);
			}
			// 太子町: こころの健康 (HH-284645-0003) has no service in the town or 兵庫県; the nearest is いろり in 宝塚市
			case "needs_with_only_distant_services.cypher" -> {
				List<Object> mental = row(rows, columns, "need", "mental_health");
				assertThat(number(mental, columns, "households")).isEqualTo(1);
				assertThat(mental.get(columns.indexOf("nearestArea"))).isEqualTo("宝塚市");
				assertThat(((Number) mental.get(columns.indexOf("km"))).doubleValue()).isBetween(70.0, 75.0);
				assertThat(rows).noneMatch(row -> "household_finance".equals(row.get(columns.indexOf("need"))));
			}
			// 大阪狭山市 (seed 002 事例5): functions 1.1-1.4, 2, 3.2 and 5 taken on; 3.1, 3.3, 3.4, 4 and 6 are gaps
			case "support_function_coverage.cypher" -> {
				assertThat(rows).hasSize((int) count("MATCH (f:SupportFunction) RETURN count(f)"));
				assertThat(row(rows, columns, "function", "1.3").get(columns.indexOf("organizations")))
					.isEqualTo(List.of("大阪狭山市子育て支援センター"));
				assertThat(row(rows, columns, "function", "1").get(columns.indexOf("gap"))).isEqualTo(false);
				assertThat(rows.stream().filter(row -> Boolean.TRUE.equals(row.get(columns.indexOf("gap"))))
					.map(row -> row.get(columns.indexOf("function")))).containsExactly("3.1", "3.3", "3.4", "4", "6");
			}
			// 吹田市: the facilities, NPOs and companies are in the 施設連絡会, the 22 corporations are not
			case "organizations_in_no_network.cypher" -> {
				assertThat((long) rows.size()).isEqualTo(count("""
						MATCH (o:SocialWelfareCorporation)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(:Municipality {code: '272051'})
						WHERE NOT coalesce(o.archived, false) AND NOT EXISTS { (o)-[:MEMBER_OF]->(:Network) }
						RETURN count(DISTINCT o)""")).isPositive();
				assertThat(rows).allMatch(row -> "SOCIAL_WELFARE_CORPORATION".equals(row.get(columns.indexOf("kind"))));
				row(rows, columns, "name", "社会福祉法人千里福祉会");
			}
			// 松江市: the セーフティネット会議 has the hospital (保健・医療); the 重層的支援会議 has none
			case "networks_without_field.cypher" -> {
				assertThat(number(row(rows, columns, "network", "松江市重層的支援会議"), columns, "members")).isEqualTo(5);
				assertThat(rows).noneMatch(row -> "松江市セーフティネット会議".equals(row.get(columns.indexOf("network"))));
			}
			// 小野市 on 2026-11-01: HH-282189-0004 in 市場 was last contacted 2025-11-20; the others within six months
			case "households_losing_connection_per_district.cypher" -> {
				List<Object> ichiba = row(rows, columns, "district", "282189-ichiba");
				assertThat(List.of(number(ichiba, columns, "households"), number(ichiba, columns, "noSupporter"),
						number(ichiba, columns, "lostTouch"))).containsExactly(1L, 0L, 1L);
				assertThat(sum(rows, columns, "lostTouch")).isEqualTo(1);
				assertThat(sum(rows, columns, "households")).isEqualTo(4);
			}
			// 小野市: HH-282189-0004 (市場) has open needs and only the 社協; the other three have two or three supporters
			case "households_with_one_supporter_per_district.cypher" -> {
				assertThat(number(row(rows, columns, "district", "282189-ichiba"), columns, "oneSupporter")).isEqualTo(1);
				assertThat(sum(rows, columns, "oneSupporter")).isEqualTo(1);
				assertThat(sum(rows, columns, "withOpenNeeds")).isEqualTo(4);
			}
			// written just before by writeCollaborationMetrics: 小野市社協 bridges its two networks and has the most PageRank
			case "top_bridging_organizations.cypher" -> {
				assertThat(rows.get(0).get(columns.indexOf("name"))).isEqualTo("小野市社会福祉協議会");
				assertThat(number(rows.get(0), columns, "degree")).isEqualTo(23);
			}
			default -> throw new AssertionError(name + " has no known answer in " + getClass().getSimpleName());
		}
	}

	private static String header(String text, String key) {
		return text.lines()
			.filter(line -> line.startsWith("// " + key + ":"))
			.map(line -> line.substring(("// " + key + ":").length()).trim())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no '// " + key + ":' line in the header"));
	}

	private static List<Object> row(List<List<Object>> rows, List<String> columns, String column, String value) {
		int index = columns.indexOf(column);
		return rows.stream().filter(row -> value.equals(row.get(index))).findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
	}

	private static long sum(List<List<Object>> rows, List<String> columns, String column) {
		return rows.stream().mapToLong(row -> number(row, columns, column)).sum();
	}

	private static long number(List<Object> row, List<String> columns, String column) {
		return ((Number) row.get(columns.indexOf(column))).longValue();
	}
}
