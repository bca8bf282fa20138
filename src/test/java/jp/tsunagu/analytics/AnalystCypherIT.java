package jp.tsunagu.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.tsunagu.analystgraph.AnalystGraph;
import jp.tsunagu.analystgraph.AnalystGraphRebuild;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalystCypherIT extends HubIntegrationTest {

	private static final ParameterizedTypeReference<List<List<Object>>> ROWS = new ParameterizedTypeReference<>() {
	};

	private static final Caller ANALYST = new Caller("test.analyst", Role.ANALYST, null, null);

	/** One build for the class: these tests read the demo network, and a rebuild takes seconds. */
	private static boolean built;

	@Autowired
	private AnalystGraph analysts;

	@Autowired
	private AnalystGraphRebuild rebuild;

	@Autowired
	private AnalystQueryLog queryLog;

	@BeforeEach
	void buildTheAnalystsGraph() {
		if (!built) {
			rebuild.rebuild(message -> {
			});
			built = true;
		}
	}

	@Test
	void answersColumnsAndRowsAndAuditsTheQuery() {
		String query = "MATCH (a:Area {code: $code}) RETURN a.name AS name, a.population > 0 AS populated, a";
		GraphQlTester.Response response = cypher(ANALYST, query, Map.of("code", "282189"));
		response.path("analystCypher.columns").entityList(String.class).containsExactly("name", "populated", "a");
		response.path("analystCypher.truncated").entity(Boolean.class).isEqualTo(false);
		response.path("analystCypher.rowCount").entity(Integer.class).isEqualTo(1);
		List<Object> row = response.path("analystCypher.rows[0]").entityList(Object.class).get();
		assertThat(row.get(0)).isEqualTo("小野市");
		assertThat(row.get(1)).isEqualTo(true);
		Map<String, Object> area = map(row.get(2));
		assertThat(area.keySet()).containsExactly("labels", "properties");
		assertThat(list(area.get("labels"))).contains("Area", "Municipality");
		assertThat(map(area.get("properties")).get("code")).isEqualTo("282189");
		assertThat(count("""
				MATCH (e:AuditEvent {action: 'ANALYST_QUERY', actor: $actor, query: $query, rows: 1})
				WHERE e.at >= $started RETURN count(e)""", "actor", ANALYST.username(), "query", query, "started",
				started())).isEqualTo(1);
	}

	/** What the parser lets through the plan check still refuses; both see through comments. */
	@Test
	void proceduresOffTheListAndLoadCsvAreRefused() {
		assertRefused(cypher(ANALYST, "LOAD/**/CSV FROM 'http://169.254.169.254/' AS row RETURN row", null), "LOAD CSV");
		assertRefused(cypher(ANALYST, "CALL/* x */db.stats.retrieve('GRAPH COUNTS')", null), "db.stats.retrieve");
		assertRefused(cypher(ANALYST, "CALL dbms.components()", null), "procedure dbms.components");
		assertRefused(cypher(ANALYST, "CALL db.info()", null), "procedure db.info is not available");
		assertRefused(cypher(ANALYST, "RETURN dbms.info() AS x", null), "dbms.* functions");
	}

	@Test
	void writesAreRefusedByTheDatabase() {
		assertRefused(cypher(ANALYST, "CREATE (p:AnalystProbe {createdAt: datetime()}) RETURN p", null),
				"Writing in read access mode not allowed");
		try (Session session = analysts.readSession()) {
			assertThat(session.run("MATCH (p:AnalystProbe) RETURN count(p)").single().get(0).asLong()).isZero();
		}
	}

	/**
	 * Java's \s matches none of these, Cypher's lexer takes them all as spaces: administration commands written with
	 * them are refused like the plain ones.
	 */
	@ParameterizedTest
	@ValueSource(strings = { " ", "\u3000", "\u00A0", "\u2003", "\u202F", "\u2028", "\t", "/**/", "\u3000/* x */\u00A0" })
	void administrationCommandsAreRefusedWhateverTheSpacing(String space) {
		for (String command : List.of("SHOW%sUSERS", "SHOW%sSETTINGS", "SHOW%sDATABASES", "SHOW%sTRANSACTIONS",
				"SHOW%sPROCEDURES", "TERMINATE%sTRANSACTIONS%s$ids", "USE%ssystem%sSHOW USERS", "SHOW%sCURRENT USER",
				"CREATE%sUSER%sx SET PASSWORD 'abcdefgh'", "MATCH (n) RETURN n%sUNION%sSHOW TRANSACTIONS")) {
			String query = command.replace("%s", space);
			GraphQlTester.Response response = cypher(ANALYST, query, Map.of("ids", List.of("neo4j-transaction-1")));
			response.errors().satisfy(errors -> assertThat(errors).as(query).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).startsWith("query: ");
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			}));
		}
	}

	/**
	 * Were the guard to fail, the analysts' graph is another DBMS: its SHOW TRANSACTIONS lists none of the hub's, so
	 * TERMINATE could end none of them.
	 */
	@Test
	void theAnalystsGraphCannotSeeTheHubsTransactions() {
		String probe = "probe-" + java.util.UUID.randomUUID();
		TransactionConfig config = TransactionConfig.builder().withMetadata(Map.of("probe", probe)).build();
		try (Session hub = driver.session(); Transaction open = hub.beginTransaction(config)) {
			open.run("MATCH (o:Organization) RETURN count(o)").consume();
			assertThat(transactionsWith(driver.session(), probe)).as("the hub's own DBMS lists the open transaction")
				.isEqualTo(1);
			assertThat(transactionsWith(analysts.readSession(), probe)).as("the analysts' DBMS does not").isZero();
		}
	}

	/** Ids are the analysts' graph's own, a DBMS of its own: none names anything in the operational graph. */
	@Test
	void internalIdsAreTheAnalystsGraphsOwn() {
		List<List<Object>> rows = cypher(ANALYST, "MATCH (h:Household) RETURN elementId(h), id\u3000(h) LIMIT 20", null)
			.path("analystCypher.rows").entity(ROWS).get();
		assertThat(rows).hasSize(20);
		List<Object> elementIds = rows.stream().map(row -> row.get(0)).toList();
		assertThat(count("MATCH (n) WHERE elementId(n) IN $ids RETURN count(n)", "ids", elementIds)).isZero();
		List<Object> ids = rows.stream().map(row -> row.get(1)).toList();
		assertThat(count("MATCH (h:Household) WHERE id(h) IN $ids RETURN count(h)", "ids", ids))
			.as("numeric ids pick no operational household").isLessThan(ids.size());
	}

	/** Every transform that gave a household's code or id back on the operational graph has nothing to work on. */
	@Test
	void householdsHoldNoCodeIdOrName() {
		List<List<String>> households = households("MATCH (h:Household) RETURN h.id, h.code");
		GraphQlTester.Response response = cypher(ANALYST, """
				MATCH (h:Household)
				RETURN replace(h.code, '-', '_'), replace(h.code, '-', '.'), reverse(h.code), h.code + 'x', 'x' + h.code,
				  substring(h.code, 3), split(h.code, '-'), [c IN split(h.code, '') | c],
				  reduce(s = '', c IN split(h.code, '') | s + c), replace(h.code, '-', '\u2010'), replace(h.id, '-', ''),
				  date(h.code + 'x'), h.name, h.protection, keys(h), properties(h)""", null);
		response.errors().verify();
		List<List<Object>> rows = response.path("analystCypher.rows").entity(ROWS).get();
		assertThat(rows).hasSize((int) count(
				"MATCH (h:Household) WHERE h.protection = 'NONE' AND NOT h.archived RETURN count(h)"));
		for (List<Object> row : rows) {
			assertThat(row.subList(0, 14)).containsOnlyNulls();
			assertThat(list(row.get(14))).isSubsetOf("pseudonym", "memberCount", "flags");
		}
		String answer = String.valueOf(rows);
		for (List<String> household : households) {
			String code = household.get(1);
			assertThat(answer).doesNotContain(household.get(0)).doesNotContain(household.get(0).replace("-", ""))
				.doesNotContain(code).doesNotContain(code.replace('-', '_'))
				.doesNotContain(new StringBuilder(code).reverse().toString());
		}
	}

	/** A code put together from parts names nothing: there is no code to compare it with. */
	@Test
	void concatenationNamesNoHousehold() {
		String code = households("MATCH (h:Household) WHERE h.protection = 'NONE' RETURN h.id, h.code LIMIT 1").get(0)
			.get(1);
		int cut = code.length() / 2;
		List<List<Object>> rows = cypher(ANALYST,
				"MATCH (h:Household) WHERE h.code = $a + $b OR h.id = $a + $b RETURN count(h) AS named",
				Map.of("a", code.substring(0, cut), "b", code.substring(cut)))
			.path("analystCypher.rows").entity(ROWS).get();
		assertThat(rows).containsExactly(List.of(0));
	}

	/** 吹田市 and 松江市 each have a DV household in the demo; neither is in any count, tie or property. */
	@ParameterizedTest
	@ValueSource(strings = { "272051", "322016" })
	void protectedHouseholdsAreAbsent(String municipality) {
		long everyone = count("""
				MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(:Area {code: $area})
				WHERE NOT h.archived RETURN count(DISTINCT h)""", "area", municipality);
		long unprotected = count("""
				MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(:Area {code: $area})
				WHERE NOT h.archived AND h.protection = 'NONE' RETURN count(DISTINCT h)""", "area", municipality);
		assertThat(unprotected).isLessThan(everyone);
		List<List<Object>> rows = cypher(ANALYST, """
				MATCH (h:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(:Area {code: $area})
				RETURN count(DISTINCT h) AS households,
				  count { (h)-[:HAS_ISSUE]->(:Need {code: 'violence_abuse'}) } AS violence,
				  collect(DISTINCT properties(h)) AS properties""", Map.of("area", municipality))
			.path("analystCypher.rows").entity(ROWS).get();
		assertThat(((Number) rows.get(0).get(0)).longValue()).isEqualTo(unprotected);
		assertThat(rows.get(0).get(1)).isEqualTo(0);
		assertThat(String.valueOf(rows.get(0).get(2))).doesNotContain("protection").doesNotContain("DV");
		long protectedTies = count("""
				MATCH (h:Household)<-[:SUPPORTS]-(s) WHERE h.protection <> 'NONE' AND NOT h.archived RETURN count(*)""");
		long allTies = count("MATCH (h:Household)<-[:SUPPORTS]-(s) WHERE NOT h.archived RETURN count(*)");
		List<List<Object>> ties = cypher(ANALYST, "MATCH (:Household)<-[t:SUPPORTS]-() RETURN count(t)", null)
			.path("analystCypher.rows").entity(ROWS).get();
		assertThat(protectedTies).isPositive();
		assertThat(((Number) ties.get(0).get(0)).longValue()).isEqualTo(allTies - protectedTies);
	}

	/** Quoted text keeps its full-width spaces; spaces between words may be any. */
	@Test
	void quotedTextIsKeptAsWritten() {
		List<List<Object>> rows = cypher(ANALYST, "RETURN\u3000'\u3000x\u00A0'\u3000AS\u2003s", null)
			.path("analystCypher.rows").entity(ROWS).get();
		assertThat(rows).containsExactly(List.of("\u3000x\u00A0"));
	}

	@Test
	void schemaProceduresAreAllowed() {
		List<List<Object>> rows = cypher(ANALYST, "CALL db.labels() YIELD label RETURN label ORDER BY label", null)
			.path("analystCypher.rows")
			.entity(ROWS)
			.get();
		assertThat(rows).extracting(row -> row.get(0)).contains("Household", "Organization");
	}

	@Test
	void theRowCapTruncates() {
		GraphQlTester.Response response = cypher(ANALYST, "UNWIND range(1, 5000) AS x RETURN x", null);
		response.path("analystCypher.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("analystCypher.rowCount").entity(Integer.class).isEqualTo(1000);
		assertThat(response.path("analystCypher.rows").entity(ROWS).get()).hasSize(1000)
			.first()
			.isEqualTo(List.of(1));
	}

	@Test
	void theAnalystsOwnErrorsComeBack() {
		assertRefused(cypher(ANALYST, "MATCH (n RETURN n", null), "Invalid input");
		assertRefused(cypher(ANALYST, "RETURN date('not a date') AS d", null), "not a date");
	}

	@Test
	void aQueryRunningPastTheTimeoutIsStopped() {
		AnalystCypher quick = new AnalystCypher(analysts, queryLog,
				new AnalyticsProperties(Duration.ofMillis(300), 1000, 3));
		long started = System.nanoTime();
		assertThatThrownBy(() -> quick
			.run(ANALYST, "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 13 RETURN count(x)", null)
			.block()).isInstanceOf(InvalidArgumentException.class)
			.hasMessage("query: took longer than 300ms and was stopped; narrow it (LIMIT, a label, an indexed property)");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void onlyAnalystsMayRunCypher() {
		String query = "RETURN 1 AS one";
		assertDenied(cypher(caller(Role.COORDINATOR, "小野市社会福祉協議会", null), query, null), "FORBIDDEN");
		assertDenied(run(graphQl, query, null), "FORBIDDEN");
		assertDenied(run(anonymous, query, null), "UNAUTHORIZED");
	}

	private GraphQlTester.Response cypher(Caller caller, String query, Map<String, Object> parameters) {
		return run(as(caller), query, parameters);
	}

	private static GraphQlTester.Response run(HttpGraphQlTester tester, String query,
			Map<String, Object> parameters) {
		return tester.documentName("analytics-cypher").variable("query", query).variable("parameters", parameters)
			.execute();
	}

	/** Transactions of the session's DBMS that carry the probe in their metadata. */
	private static long transactionsWith(Session opened, String probe) {
		try (Session session = opened) {
			return session.run("SHOW TRANSACTIONS YIELD metaData WHERE metaData.probe = $probe RETURN count(*)",
					Map.of("probe", probe)).single().get(0).asLong();
		}
	}

	private List<List<String>> households(String query) {
		try (Session session = driver.session()) {
			return session.run(query).list(record -> List.of(record.get(0).asString(), record.get(1).asString()));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object json) {
		return (Map<String, Object>) json;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object json) {
		return (List<Object>) json;
	}

	private static void assertRefused(GraphQlTester.Response response, String reason) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).startsWith("query: ").contains(reason).doesNotContain("\tat ");
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
				.containsEntry("argument", "query");
		}));
	}

	private static void assertDenied(GraphQlTester.Response response, String classification) {
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.extracting(ResponseError::getExtensions)
				.satisfies(extensions -> assertThat(extensions).containsEntry("classification", classification)));
	}
}
