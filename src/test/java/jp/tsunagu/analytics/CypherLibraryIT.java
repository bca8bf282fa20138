package jp.tsunagu.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.tsunagu.analystgraph.AnalystGraphRebuild;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
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

	private static final ParameterizedTypeReference<List<Map<String, Object>>> FUNCTIONS = new ParameterizedTypeReference<>() {
	};

	static Stream<String> library() throws IOException {
		try (Stream<Path> files = Files.list(LIBRARY)) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".cypher")).sorted()
				.toList()
				.stream();
		}
	}

	@Autowired
	private AnalystGraphRebuild rebuild;

	private boolean rebuiltForThisTest;

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
		if (text.contains(":Household")) {
			assertThat(header(text, "Privacy")).as(name + " warns that small counts can single out a household")
				.contains("single out");
		}
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

		rebuild.rebuild(message -> {
		});
		GraphQlTester.Response response = as(ANALYST)
			.documentName("analytics-cypher")
			.variable("query", text)
			.variable("parameters", example)
			.execute();
		response.errors().verify();
		response.path("analystCypher.columns").entityList(String.class).containsExactly(columns.toArray(String[]::new));
		List<List<Object>> rows = response.path("analystCypher.rows").entity(ROWS).get();
		// 小野市's one need without a local service (教育) is served only in another prefecture, which the file never
		// names: its answer there is empty, and its rows are tested on fixtures (onlyUsableServicesCountAsNearOrFar)
		if (!name.equals("needs_with_only_distant_services.cypher")) {
			assertThat(rows).as(name + " answers on the demo network").isNotEmpty();
		}
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
			// 小野市: 教育 (HH-282189-0004) has no service in the town or 兵庫県; the nearest, in 吹田市, is another
			// prefecture's and is never named. 失業 and 生活苦 (HH-282189-0005) are covered by the town's 就労 and 家計
			// desk through their broader needs
			case "needs_with_only_distant_services.cypher" -> {
				assertThat(count("""
						MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(:Municipality {code: '282189'})
						MATCH (h)-[i:HAS_ISSUE]->(:Need {code: 'education'}) WHERE i.status IN ['OPEN', 'IN_PROGRESS']
						RETURN count(h)""")).isPositive();
				assertThat(count("""
						MATCH (:Need {code: 'education'})<-[:ADDRESSES]-(:Service)-[:AVAILABLE_IN]->(:Area)-[:PART_OF*0..3]->(p:Prefecture)
						RETURN count(DISTINCT p) * CASE WHEN 'hyogo' IN collect(CASE p.code WHEN '280003' THEN 'hyogo' END)
						                                THEN 0 ELSE 1 END""")).isPositive();
				assertThat(rows).noneMatch(row -> "education".equals(row.get(columns.indexOf("need"))));
				assertThat(rows).noneMatch(row -> List.of("unemployment", "hardship", "household_finance")
					.contains(row.get(columns.indexOf("need"))));
				List<String> hyogo = strings("MATCH (a:Area)-[:PART_OF*0..3]->(:Prefecture {code: '280003'}) RETURN a.name");
				assertThat(rows).allSatisfy(row -> assertThat(hyogo).contains((String) row.get(columns.indexOf("nearestArea"))));
			}
			// 大阪狭山市 (seed 002 事例5): functions 1.1-1.4, 2, 3.2 and 5 run (1.3 by the city itself), 6 with 5; 3 only in
			// part (3.2); nothing is known of 3.1, 3.3, 3.4 and 4, and no gap is recorded
			case "support_function_coverage.cypher" -> {
				assertThat(rows).hasSize((int) count("MATCH (f:SupportFunction) RETURN count(f)"));
				assertThat(row(rows, columns, "function", "1.3").get(columns.indexOf("organizations")))
					.isEqualTo(List.of("大阪狭山市子育て支援センター"));
				assertThat(row(rows, columns, "function", "1").get(columns.indexOf("status"))).isEqualTo("COVERED");
				assertThat(row(rows, columns, "function", "3").get(columns.indexOf("status"))).isEqualTo("PARTIAL");
				assertThat(row(rows, columns, "function", "6").get(columns.indexOf("status"))).isEqualTo("COVERED");
				assertThat(rows.stream().filter(row -> "GAP".equals(row.get(columns.indexOf("status"))))).isEmpty();
				assertThat(rows.stream().filter(row -> "UNKNOWN".equals(row.get(columns.indexOf("status"))))
					.map(row -> row.get(columns.indexOf("function")))).containsExactly("3.1", "3.3", "3.4", "4");
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
			// 小野市 on 2026-11-01: HH-282189-0004 in 市場 was last contacted 2025-11-20, HH-282189-0005 in 市場 has no
			// supporter; the others within 180 days
			case "households_losing_connection_per_district.cypher" -> {
				List<Object> ichiba = row(rows, columns, "district", "282189-ichiba");
				assertThat(List.of(number(ichiba, columns, "households"), number(ichiba, columns, "noSupporter"),
						number(ichiba, columns, "lostTouch"))).containsExactly(2L, 1L, 1L);
				assertThat(sum(rows, columns, "lostTouch")).isEqualTo(1);
				assertThat(sum(rows, columns, "households")).isEqualTo(5);
			}
			// 小野市: HH-282189-0004 (市場) has open needs and only the 社協; HH-282189-0005 (市場) has none; the other
			// three have two or three supporters
			case "households_with_one_supporter_per_district.cypher" -> {
				assertThat(number(row(rows, columns, "district", "282189-ichiba"), columns, "oneSupporter")).isEqualTo(1);
				assertThat(sum(rows, columns, "oneSupporter")).isEqualTo(1);
				assertThat(sum(rows, columns, "withOpenNeeds")).isEqualTo(5);
			}
			// written just before by writeCollaborationMetrics: 小野市社協 bridges its networks as much as the corporations
			// that sit in ほっとかへんネットおの, 来住地区よりそい協議会 and ほっとかへんネット (兵庫県) do
			case "top_bridging_organizations.cypher" -> {
				List<Object> council = row(rows, columns, "name", "小野市社会福祉協議会");
				int betweenness = columns.indexOf("betweenness");
				assertThat(((Number) council.get(betweenness)).doubleValue())
					.isEqualTo(((Number) rows.get(0).get(betweenness)).doubleValue());
			}
			default -> throw new AssertionError(name + " has no known answer in " + getClass().getSimpleName());
		}
	}

	/**
	 * The file's statuses are the API's: supportFunctionCoverage and the file agree on every function and sub-area of
	 * 大阪狭山市 (3 in part), 古河市 (3 commissioned as a whole, so its sub-areas are covered) and 松江市.
	 */
	@Test
	void theCoverageFileReportsTheStatusesOfTheApi() throws IOException {
		for (String municipality : List.of("272311", "082040", "322016")) {
			Answer file = run("support_function_coverage.cypher", Map.of("municipality", municipality));
			Map<String, Object> fileStatus = new HashMap<>();
			file.rows().forEach(row -> fileStatus.put((String) file.value(row, "function"), file.value(row, "status")));

			Map<String, Object> apiStatus = new HashMap<>();
			GraphQlTester.Response api = as(ANALYST).documentName("gaps-coverage").variable("municipality", municipality)
				.execute();
			api.path("supportFunctionCoverage.functions").entity(FUNCTIONS).get().forEach(function -> {
				apiStatus.put(code(function), function.get("status"));
				subAreas(function).forEach(subArea -> apiStatus.put(code(subArea), subArea.get("status")));
			});

			assertThat(fileStatus).as(municipality).isEqualTo(apiStatus);
		}
		Answer koga = run("support_function_coverage.cypher", Map.of("municipality", "082040"));
		// 古河市's 地域力強化 model project is not function 3: its sub-areas other than 3.2 stay unknown
		assertThat(koga.value(koga.row("function", "3.1"), "status")).isEqualTo("UNKNOWN");
		assertThat(koga.value(koga.row("function", "3.1"), "organizations")).isEqualTo(List.of());
		assertThat(koga.value(koga.row("function", "3.2"), "organizations")).isEqualTo(List.of("古河市社会福祉協議会"));
	}

	/**
	 * A hand-built 政令市: districts under its ward are counted. In the district, each household tests one rule of the
	 * live contact (last use = lastContact, else since; archived supporters do not count; 180 days by default).
	 */
	@Test
	void householdsOfWardDistrictsOfADesignatedCityAreCounted() throws IOException {
		String city = area("Municipality", null, null, null);
		String ward = area("Ward", city, null, null);
		String district = area("District", ward, null, null);
		String live = organization(false);
		String closed = organization(true);
		String other = organization(false);
		// asOf 2026-11-01
		household(district, "NONE", List.of(tie(live, "2026-01-01", "2026-10-22")), true, true);
		household(district, "NONE", List.of(tie(live, "2026-10-02", null)), false, false);
		household(district, "NONE", List.of(tie(closed, "2026-01-01", "2026-10-30")), true, true);
		household(district, "NONE", List.of(tie(closed, "2026-01-01", "2026-10-30"), tie(other, "2025-01-01", "2026-04-15")),
				true, false);
		household(district, "NONE", List.of(tie(live, "2025-01-01", "2026-05-05")), false, false);
		household(district, "DV", List.of(), true, true);
		household(ward, "NONE", List.of(), false, false);

		Map<String, Object> parameters = new HashMap<>();
		parameters.put("municipality", city);
		parameters.put("asOf", "2026-11-01");
		parameters.put("liveDays", null);
		Answer losing = run("households_losing_connection_per_district.cypher", parameters);
		// the third has only a closed supporter; the fourth only an open one silent since April; the fifth is at 180 days
		assertThat(losing.numbers(losing.row("district", district), "households", "noSupporter", "lostTouch"))
			.containsExactly(5L, 1L, 1L);
		assertThat(losing.numbers(losing.row("district", ward), "households", "noSupporter", "lostTouch"))
			.containsExactly(1L, 1L, 0L);
		parameters.put("liveDays", 20);
		// within 20 days, in months (the analysts' graph keeps months): from October on; the first (22 October) and the
		// second (since 2 October) are live, the fourth and the fifth lost touch
		Answer strict = run("households_losing_connection_per_district.cypher", parameters);
		assertThat(strict.numbers(strict.row("district", district), "lostTouch")).containsExactly(2L);

		Answer oneSupporter = run("households_with_one_supporter_per_district.cypher", Map.of("municipality", city));
		// open needs: the first (one supporter), the third (none but a closed one), the fourth (one besides the closed)
		assertThat(oneSupporter.numbers(oneSupporter.row("district", district), "withOpenNeeds", "oneSupporter"))
			.containsExactly(3L, 2L);

		Answer isolated = run("isolated_households_per_district.cypher", Map.of("municipality", city));
		// isolated: the first and the third, whose only supporter has closed
		assertThat(isolated.numbers(isolated.row("district", district), "isolated", "unsupported"))
			.containsExactly(2L, 1L);
	}

	/**
	 * The per-district files' ...Shown columns follow the small-cell policy: 1 isolated household reads <3 and, being
	 * the only small count of the column, makes the next smallest (4) read x; zero is shown.
	 */
	@Test
	void perDistrictCountsArePassedOnUnderTheSmallCellPolicy() throws IOException {
		String town = area("Municipality", null, null, null);
		String one = area("District", town, null, null);
		String four = area("District", town, null, null);
		String five = area("District", town, null, null);
		String supporter = organization(false);
		List<Map<String, Object>> supported = List.of(tie(supporter, "2026-01-01", "2026-10-22"));
		household(one, "NONE", supported, true, true);
		for (int i = 0; i < 4; i++) {
			household(four, "NONE", supported, true, true);
		}
		for (int i = 0; i < 5; i++) {
			household(five, "NONE", supported, true, true);
		}
		Answer isolated = run("isolated_households_per_district.cypher", Map.of("municipality", town));
		assertThat(List.of(town, one, four, five).stream()
			.map(area -> isolated.value(isolated.row("district", area), "isolatedShown"))
			.toList()).containsExactly("0", "<3", "x", "5");
		assertThat(isolated.numbers(isolated.row("district", four), "isolated")).containsExactly(4L);
		assertThat(isolated.value(isolated.row("district", one), "unsupportedShown")).isEqualTo("0");

		Answer oneSupporter = run("households_with_one_supporter_per_district.cypher", Map.of("municipality", town));
		assertThat(List.of(town, one, four, five).stream()
			.map(area -> oneSupporter.value(oneSupporter.row("district", area), "oneSupporterShown"))
			.toList()).containsExactly("0", "<3", "x", "5");
	}

	/**
	 * A service counts only when usable (not archived, and provided by an organisation that is not): the town's own
	 * service, whose provider has closed, does not; nor do the nearer one without a provider and the archived one.
	 */
	@Test
	void onlyUsableServicesCountAsNearOrFar() throws IOException {
		String prefecture = area("Prefecture", null, 35.2, 135.0);
		String neighbouringPrefecture = area("Prefecture", null, 35.2, 135.3);
		String town = area("Municipality", prefecture, 35.0, 135.0);
		String near = area("Municipality", prefecture, 35.05, 135.0);
		String far = area("Municipality", prefecture, 35.5, 135.0);
		String acrossTheBorder = area("Municipality", neighbouringPrefecture, 35.0, 135.2);
		String need = "library-need-" + UUID.randomUUID().toString().substring(0, 8);
		write("CREATE (:Need {id: randomUUID(), code: $need, labelJa: 'テスト用の困りごと', createdAt: datetime()})", "need",
				need);
		write("""
				MATCH (a:Area {code: $town}), (n:Need {code: $need})
				CREATE (h:Household {id: randomUUID(), code: 'HH-LIBRARY-' + $need, protection: 'NONE', archived: false,
				  createdAt: datetime()})-[:LIVES_IN]->(a), (h)-[:HAS_ISSUE {status: 'OPEN'}]->(n)""", "town", town, "need",
				need);
		service("local, provider closed", town, need, false, organization(true));
		service("near, no provider", near, need, false, null);
		service("near, archived", near, need, true, organization(false));
		service("far, usable", far, need, false, organization(false));
		service("nearer, in another prefecture", acrossTheBorder, need, false, organization(false));

		Answer distant = run("needs_with_only_distant_services.cypher", Map.of("municipality", town, "km", 20));
		List<Object> row = distant.row("need", need);
		assertThat(distant.value(row, "nearestService")).isEqualTo("far, usable");
		assertThat(((Number) distant.value(row, "km")).doubleValue()).isBetween(55.0, 56.0);
		assertThat(distant.numbers(row, "households")).containsExactly(1L);

		Answer without = run("needs_without_services.cypher", Map.of("municipality", town));
		assertThat(without.numbers(without.row("need", need), "households", "services")).containsExactly(1L, 0L);
	}

	/** Runs the file on the analysts' graph, rebuilt first so that it holds the test's fixtures. */
	private Answer run(String file, Map<String, Object> parameters) throws IOException {
		if (!rebuiltForThisTest) {
			rebuild.rebuild(message -> {
			});
			rebuiltForThisTest = true;
		}
		GraphQlTester.Response response = as(ANALYST).documentName("analytics-cypher")
			.variable("query", Files.readString(LIBRARY.resolve(file)))
			.variable("parameters", parameters)
			.execute();
		response.errors().verify();
		return new Answer(response.path("analystCypher.columns").entityList(String.class).get(),
				response.path("analystCypher.rows").entity(ROWS).get());
	}

	private String area(String label, String parentCode, Double latitude, Double longitude) {
		String code = "library-" + UUID.randomUUID().toString().substring(0, 12);
		write("CREATE (a:Area {id: randomUUID(), code: $code, name: $code, latitude: $latitude, longitude: $longitude, "
				+ "archived: false, createdAt: datetime()}) SET a:" + label
				+ " WITH a OPTIONAL MATCH (p:Area {code: $parent}) "
				+ "FOREACH (parent IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (a)-[:PART_OF]->(parent))",
				"code", code, "parent", parentCode, "latitude", latitude, "longitude", longitude);
		return code;
	}

	private List<String> strings(String query) {
		try (org.neo4j.driver.Session session = driver.session()) {
			return session.run(query).list(record -> record.get(0).asString());
		}
	}

	private String organization(boolean archived) {
		return (String) single("""
				CREATE (o:Organization:Npo {id: randomUUID(), name: 'library ' + randomUUID(), kind: 'NPO',
				  archived: $archived, createdAt: datetime()})
				RETURN o.id""", "archived", archived);
	}

	private void service(String name, String areaCode, String need, boolean archived, String providerId) {
		write("""
				MATCH (a:Area {code: $area}), (n:Need {code: $need})
				CREATE (s:Service {id: randomUUID(), name: $name, archived: $archived, createdAt: datetime()})
				CREATE (s)-[:AVAILABLE_IN]->(a), (s)-[:ADDRESSES]->(n)
				WITH s MATCH (o:Organization {id: $provider}) CREATE (o)-[:PROVIDES]->(s)""", "area", areaCode, "need",
				need, "name", name, "archived", archived, "provider", providerId);
	}

	private static Map<String, Object> tie(String organizationId, String since, String lastContact) {
		Map<String, Object> tie = new HashMap<>();
		tie.put("organization", organizationId);
		tie.put("since", since);
		tie.put("lastContact", lastContact);
		return tie;
	}

	/** A household in the area with the given support ties, an open need and an isolation if asked. */
	private void household(String areaCode, String protection, List<Map<String, Object>> ties, boolean openNeed,
			boolean isolated) {
		write("""
				MATCH (a:Area {code: $area})
				CREATE (h:Household {id: randomUUID(), code: 'HH-LIBRARY-' + randomUUID(), protection: $protection,
				  archived: false, createdAt: datetime()})-[:LIVES_IN]->(a)
				WITH h
				CALL (h) {
				  UNWIND $ties AS tie
				  MATCH (o:Organization {id: tie.organization})
				  CREATE (o)-[:SUPPORTS {since: date(tie.since), lastContact: date(tie.lastContact)}]->(h)
				}
				CALL (h) {
				  MATCH (n:Need {code: 'household_finance'}) WHERE $openNeed
				  CREATE (h)-[:HAS_ISSUE {status: 'OPEN'}]->(n)
				}
				CALL (h) {
				  MATCH (k:IsolationKind) WHERE $isolated
				  WITH k LIMIT 1
				  CREATE (h)-[:ISOLATED_FROM]->(k)
				}""", "area", areaCode, "protection", protection, "ties", ties, "openNeed", openNeed, "isolated",
				isolated);
	}

	/** An answer of analystCypher, read by column name. */
	private record Answer(List<String> columns, List<List<Object>> rows) {

		List<Object> row(String column, String value) {
			return CypherLibraryIT.row(rows, columns, column, value);
		}

		Object value(List<Object> row, String column) {
			return row.get(columns.indexOf(column));
		}

		List<Long> numbers(List<Object> row, String... names) {
			return Arrays.stream(names).map(name -> number(row, columns, name)).toList();
		}
	}

	@SuppressWarnings("unchecked")
	private static String code(Map<String, Object> function) {
		return (String) ((Map<String, Object>) function.get("function")).get("code");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> subAreas(Map<String, Object> function) {
		return (List<Map<String, Object>>) function.get("subAreas");
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
