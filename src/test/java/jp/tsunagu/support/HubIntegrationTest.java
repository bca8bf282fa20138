package jp.tsunagu.support;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.security.TokenIssuer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Base of every test that needs the hub: one embedded Neo4j and one Spring context for the whole
 * test JVM (all subclasses share this exact configuration, so Spring's context cache starts it
 * once), loaded with the demo network. The client waits as long as the hub's own 30 s request limit, so a busy
 * 2-core machine slows the suite down instead of failing it.
 * <p>
 * The clean-up contract, which every subclass keeps:
 * <ul>
 * <li>A test builds the data its assertions depend on (through the API or {@link #write}); it may read the demo
 * network, but never changes or deletes a demo node or relationship, and asserts no count that depends on how large
 * the demo network is.</li>
 * <li>Every node a test writes carries {@code createdAt} at or after the test's start, as the API sets it; set-up
 * Cypher sets {@code createdAt: datetime()} itself. After each test, {@link #deleteCreatedNodes} deletes those nodes
 * with their relationships, and the audit events written during the test. A relationship a test adds between demo
 * nodes (or a property it sets on one) has no {@code createdAt} to find it by: the test removes it itself, in a
 * {@code finally} block.</li>
 * <li>Test accounts are named {@code test.*}; they are created with {@code createdAt} and go with the rest.</li>
 * <li>Tests in one class may run in any order; none relies on what another left behind.</li>
 * </ul>
 */
@SpringBootTest(properties = { "tsunagu.embedded.data-directory=target/neo4j-test/${random.uuid}", "tsunagu.embedded.bolt-port=0",
		"tsunagu.analyst-graph.embedded.data-directory=target/neo4j-test/analysts-${random.uuid}",
		"tsunagu.analyst-graph.embedded.bolt-port=0", "tsunagu.analyst-graph.embedded.page-cache=32m",
		// tests that read the analysts' graph rebuild it themselves; a first build in the background would run
		// statements beside the first test of the JVM
		"tsunagu.analyst-graph.rebuild-when-empty=false",
		"tsunagu.demo.load-when-empty=true", "tsunagu.security.secret-file=target/neo4j-test/hub-secret",
		"tsunagu.security.password-reset-file=target/neo4j-test/password-reset",
		"spring.test.webtestclient.timeout=PT30S",
		// the scheduled notification checks run when a test calls them, not beside other tests
		"tsunagu.notifications.check-delay=P3650D" })
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
public abstract class HubIntegrationTest {

	/** Signed in as an administrator (the directory and reference data); see {@link #as} for other callers. */
	protected HttpGraphQlTester graphQl;

	/** Not signed in. */
	@Autowired
	protected HttpGraphQlTester anonymous;

	@Autowired
	private TokenIssuer tokens;

	@Autowired
	protected Driver driver;

	@Autowired
	protected StatementCounter statements;

	private ZonedDateTime started;

	/** The database's own clock, so nothing the demo loader wrote before the test counts as the test's. */
	@BeforeEach
	void signInAsAdministrator() {
		graphQl = as(new Caller("test.admin", Role.ADMINISTRATOR, null, null));
	}

	/** A tester sending a token for this caller, as the hub would issue it at sign-in. */
	protected HttpGraphQlTester as(Caller caller) {
		return anonymous.mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + token(caller)).build();
	}

	/**
	 * A token for the caller, and the enabled account behind it: the hub reads the account of each of its own tokens
	 * on every request. Test accounts carry createdAt, so they go with the test's other data.
	 */
	protected String token(Caller caller) {
		write("""
				MERGE (a:Account {username: $username})
				ON CREATE SET a.createdAt = datetime()
				SET a.role = $role, a.organizationId = $organizationId, a.personId = $personId, a.enabled = true""",
				"username", caller.username(), "role", caller.role().name(), "organizationId", caller.organizationId(),
				"personId", caller.personId());
		return tokens.issue(caller);
	}

	/** A caller of the role, scoped to the organisation with this name (and, for a 民生委員, the person). */
	protected Caller caller(Role role, String organizationName, String personName) {
		String organizationId = idOfNamed("Organization", organizationName);
		String personId = idOfNamed("Person", personName);
		// one account name per scope: the hub reads the account behind each token on every request
		String scope = Integer.toHexString(java.util.Objects.hash(organizationId, personId));
		return new Caller("test." + role.name().toLowerCase() + "." + scope, role, organizationId, personId);
	}

	protected String idOfNamed(String label, String name) {
		if (name == null) {
			return null;
		}
		try (Session session = driver.session()) {
			return session.run("MATCH (n {name: $name}) WHERE $label IN labels(n) RETURN n.id AS id",
					java.util.Map.of("name", name, "label", label)).single().get("id").asString();
		}
	}

	@BeforeEach
	void rememberStart() {
		try (Session session = driver.session()) {
			started = session.run("RETURN datetime() AS now").single().get("now").asZonedDateTime();
		}
	}

	/** Deletes every node a test created through the API (they all carry createdAt), and the audit events of the test. */
	@AfterEach
	void deleteCreatedNodes() {
		try (Session session = driver.session()) {
			session.run("MATCH (n) WHERE n.createdAt >= $started OR (n:AuditEvent AND n.at >= $started) DETACH DELETE n",
					java.util.Map.of("started", started)).consume();
		}
	}

	protected ZonedDateTime started() {
		return started;
	}

	/** Runs Cypher straight on the database, for set-up and for checking what a mutation wrote. */
	protected org.neo4j.driver.Result cypher(Session session, String query, Object... keysAndValues) {
		return session.run(query, jp.tsunagu.graph.CypherParameters.of(keysAndValues));
	}

	/** The single value a query returns. */
	protected Object single(String query, Object... keysAndValues) {
		try (Session session = driver.session()) {
			return cypher(session, query, keysAndValues).single().get(0).asObject();
		}
	}

	/** Runs set-up Cypher straight on the database. */
	protected void write(String query, Object... keysAndValues) {
		try (Session session = driver.session()) {
			cypher(session, query, keysAndValues).consume();
		}
	}

	protected String householdIdOf(String code) {
		return (String) single("MATCH (h:Household {code: $code}) RETURN h.id", "code", code);
	}

	protected long count(String query, Object... keysAndValues) {
		try (Session session = driver.session()) {
			return session.run(query, jp.tsunagu.graph.CypherParameters.of(keysAndValues)).single().get(0).asLong();
		}
	}
}
