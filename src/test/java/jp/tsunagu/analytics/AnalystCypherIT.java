package jp.tsunagu.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.HubSecret;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
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

	private static final Caller OTHER_ANALYST = new Caller("test.analyst.other", Role.ANALYST, null, null);

	@Autowired
	private HubSecret secret;

	@Autowired
	private Pseudonymisation pseudonymisation;

	@Autowired
	private AnalystQueryLog queryLog;

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

	/** What the text check cannot see (comments, names built at run time) the plan check refuses. */
	@Test
	void thePlanOfTheQueryIsCheckedToo() {
		assertRefused(cypher(ANALYST, "MATCH (n) WHERE n.username IS NOT NULL RETURN n.username, [k IN keys(n) | n[k]]",
				null), "reads every node of the graph");
		assertRefused(cypher(ANALYST, "MATCH (n) WHERE 'Audit' + 'Event' IN labels(n) RETURN n.actor", null),
				"reads every node of the graph");
		assertRefused(cypher(ANALYST, "LOAD/**/CSV FROM 'http://169.254.169.254/' AS row RETURN row", null), "LOAD CSV");
		assertRefused(cypher(ANALYST, "CALL/* x */db.stats.retrieve('GRAPH COUNTS')", null), "db.stats.retrieve");
	}

	@Test
	void writesAreRefusedByTheDatabase() {
		assertRefused(cypher(ANALYST, "CREATE (p:AnalystProbe {createdAt: datetime()}) RETURN p", null),
				"Writing in read access mode not allowed");
		assertThat(count("MATCH (p:AnalystProbe) RETURN count(p)")).isZero();
	}

	@Test
	void filesAccountsAuditAndAdministrationAreRefusedBeforeRunning() {
		assertRefused(cypher(ANALYST, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", null), "LOAD CSV");
		assertRefused(cypher(ANALYST, "MATCH (a:Account) RETURN a.username", null), "Account");
		assertRefused(cypher(ANALYST, "MATCH (a:`AuditEvent`) RETURN count(a)", null), "AuditEvent");
		assertRefused(cypher(ANALYST, "MATCH (n) WHERE n.PASSWORDHASH IS NOT NULL RETURN n", null), "passwordHash");
		assertRefused(cypher(ANALYST, "MATCH (h:Household) RETURN elementId(h)", null), "internal ids");
		assertRefused(cypher(ANALYST, "CALL dbms.components()", null), "dbms");
		assertRefused(cypher(ANALYST, "CALL db.info()", null), "procedure db.info is not available");
		assertRefused(cypher(ANALYST, "SHOW TRANSACTIONS", null), "SHOW");
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
	void householdsComeBackAsPseudonymsOnly() {
		String query = "MATCH (h:Household) RETURN h, h.code, h.id, 'x ' + h.code ORDER BY h.code LIMIT 5";
		GraphQlTester.Response response = cypher(ANALYST, query, null);
		String answer = String.valueOf(response.path("analystCypher").entity(Map.class).get());
		for (List<String> household : households("MATCH (h:Household) RETURN h.id, h.code")) {
			assertThat(answer).doesNotContain(household.get(0)).doesNotContain(household.get(1));
		}
		List<List<String>> expected = households("MATCH (h:Household) RETURN h.id, h.protection ORDER BY h.code LIMIT 5");
		List<List<Object>> rows = response.path("analystCypher.rows").entity(ROWS).get();
		assertThat(rows).hasSize(5);
		for (int i = 0; i < rows.size(); i++) {
			String pseudonym = secret.pseudonym(ANALYST.username(), expected.get(i).get(0));
			Map<String, Object> node = map(rows.get(i).get(0));
			assertThat(node.get("pseudonym")).isEqualTo(pseudonym);
			assertThat(node.get("labels")).isEqualTo(List.of("Household"));
			assertThat(node.keySet()).doesNotContain("properties", "id", "code", "createdAt");
			assertThat(rows.get(i).subList(1, 4)).containsExactly(pseudonym, pseudonym, "x " + pseudonym);
		}
	}

	@Test
	void pseudonymsAreStablePerAnalystAndDifferAcrossAnalysts() {
		String query = "MATCH (h:Household) WHERE h.protection = 'NONE' RETURN h.code ORDER BY h.code LIMIT 10";
		List<List<Object>> first = cypher(ANALYST, query, null).path("analystCypher.rows").entity(ROWS).get();
		List<List<Object>> again = cypher(ANALYST, query, null).path("analystCypher.rows").entity(ROWS).get();
		List<List<Object>> other = cypher(OTHER_ANALYST, query, null).path("analystCypher.rows").entity(ROWS).get();
		assertThat(first).hasSize(10).isEqualTo(again);
		assertThat(first).allSatisfy(row -> assertThat((String) row.get(0)).startsWith("P-"));
		assertThat(other).hasSize(10).doesNotContainAnyElementsOf(first);
	}

	@Test
	void protectedHouseholdsShowNothingButTheirPseudonym() {
		List<List<String>> protectedHouseholds = households(
				"MATCH (h:Household) WHERE h.protection <> 'NONE' RETURN h.id, h.code");
		assertThat(protectedHouseholds).extracting(household -> household.get(1))
			.contains("HH-272051-0001", "HH-322016-0001");
		GraphQlTester.Response response = cypher(ANALYST, """
				MATCH p = (h:Household)-[:LIVES_IN]->(:Area) WHERE h.protection <> 'NONE'
				RETURN h, p, h.memberCount + '-' + h.code AS joined, properties(h) AS properties""", null);
		String answer = String.valueOf(response.path("analystCypher").entity(Map.class).get());
		for (List<String> household : protectedHouseholds) {
			assertThat(answer).doesNotContain(household.get(0)).doesNotContain(household.get(1));
		}
		List<List<Object>> rows = response.path("analystCypher.rows").entity(ROWS).get();
		assertThat(rows).hasSizeGreaterThanOrEqualTo(2).allSatisfy(row -> {
			Map<String, Object> node = map(row.get(0));
			assertThat(node.keySet()).containsExactly("labels", "pseudonym");
			List<Object> path = list(row.get(1));
			assertThat(path).hasSize(3).first().isEqualTo(node);
			assertThat(map(path.get(1))).containsEntry("type", "LIVES_IN").containsOnlyKeys("type", "properties");
			assertThat((String) row.get(2)).endsWith("-" + node.get("pseudonym"));
		});
	}

	@Test
	void queriesNamingAHouseholdAreRefused() {
		String code = households("MATCH (h:Household) RETURN h.id, h.code ORDER BY h.code LIMIT 1").get(0).get(1);
		assertRefused(cypher(ANALYST, "MATCH (h:Household {code: $code}) RETURN h", Map.of("code", code)),
				"names a household's id or code");
		assertRefused(cypher(ANALYST, "MATCH (h:Household {code: '" + code.toLowerCase() + "'}) RETURN h", null),
				"names a household's id or code");
	}

	@Test
	void theAnalystsOwnErrorsComeBackPseudonymised() {
		assertRefused(cypher(ANALYST, "MATCH (n RETURN n", null), "Invalid input");
		String id = households("MATCH (h:Household) RETURN h.id, h.code ORDER BY h.code LIMIT 1").get(0).get(0);
		GraphQlTester.Response response = cypher(ANALYST,
				"MATCH (h:Household) WITH h ORDER BY h.code LIMIT 1 RETURN date(h.id)", null);
		assertRefused(response, secret.pseudonym(ANALYST.username(), id));
		response.errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).doesNotContain(id));
	}

	@Test
	void aQueryRunningPastTheTimeoutIsStopped() {
		AnalystCypher quick = new AnalystCypher(driver, pseudonymisation, queryLog,
				new AnalyticsProperties(Duration.ofMillis(300), 1000));
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
