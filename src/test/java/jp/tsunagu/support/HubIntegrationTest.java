package jp.tsunagu.support;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Base of every test that needs the hub: one embedded Neo4j and one Spring context for the whole
 * test JVM (all subclasses share this exact configuration, so Spring's context cache starts it
 * once), loaded with the demo network. What a test creates is deleted after it.
 */
@SpringBootTest(properties = { "tsunagu.embedded.data-directory=target/neo4j-test/${random.uuid}", "tsunagu.embedded.bolt-port=0",
		"tsunagu.demo.load-when-empty=true" })
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
public abstract class HubIntegrationTest {

	@Autowired
	protected HttpGraphQlTester graphQl;

	@Autowired
	protected Driver driver;

	@Autowired
	protected StatementCounter statements;

	private ZonedDateTime started;

	/** The database's own clock, so nothing the demo loader wrote before the test counts as the test's. */
	@BeforeEach
	void rememberStart() {
		try (Session session = driver.session()) {
			started = session.run("RETURN datetime() AS now").single().get("now").asZonedDateTime();
		}
	}

	/** Deletes every node a test created through the API (they all carry createdAt). */
	@AfterEach
	void deleteCreatedNodes() {
		try (Session session = driver.session()) {
			session.run("MATCH (n) WHERE n.createdAt >= $started DETACH DELETE n",
					java.util.Map.of("started", started)).consume();
		}
	}

	/** Runs Cypher straight on the database, for set-up and for checking what a mutation wrote. */
	protected org.neo4j.driver.Result cypher(Session session, String query, Object... keysAndValues) {
		return session.run(query, jp.tsunagu.graph.CypherParameters.of(keysAndValues));
	}

	protected long count(String query, Object... keysAndValues) {
		try (Session session = driver.session()) {
			return session.run(query, jp.tsunagu.graph.CypherParameters.of(keysAndValues)).single().get(0).asLong();
		}
	}
}
