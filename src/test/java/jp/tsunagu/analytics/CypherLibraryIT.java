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

	/** The example parameters are a JSON object of strings: {"municipality": "282189"}. */
	private static final Pattern EXAMPLE_PAIR = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");

	private static final ParameterizedTypeReference<List<List<Object>>> ROWS = new ParameterizedTypeReference<>() {
	};

	static Stream<String> library() throws IOException {
		try (Stream<Path> files = Files.list(LIBRARY)) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".cypher")).sorted()
				.toList()
				.stream();
		}
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
			example.put(pair.group(1), pair.group(2));
		}

		GraphQlTester.Response response = as(new Caller("test.library", Role.ANALYST, null, null))
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

	private static long number(List<Object> row, List<String> columns, String column) {
		return ((Number) row.get(columns.indexOf(column))).longValue();
	}
}
