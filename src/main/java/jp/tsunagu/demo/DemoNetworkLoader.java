package jp.tsunagu.demo;

import java.util.List;

import jp.tsunagu.graph.CypherScript;
import jp.tsunagu.graph.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo network built from the seeds' real cases (小野市, うきは市, 鶴田町 …) into an
 * empty database, in one transaction: either all of it is there or none.
 */
@Component
public class DemoNetworkLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoNetworkLoader.class);

	static final Resource SCRIPT = new ClassPathResource("demo/demo-network.cypher");

	/** How the demo's services and councils are reached, after the network they belong to. */
	static final Resource DIRECTORY = new ClassPathResource("demo/demo-directory.cypher");

	private final Driver driver;

	DemoNetworkLoader(Driver driver, SchemaMigrations migrations) {
		this.driver = driver;
	}

	/** Loads the demo network unless the database already holds organisations; returns whether it loaded. */
	public boolean loadIfEmpty() {
		try (Session session = driver.session()) {
			long organizations = session.run("MATCH (o:Organization) RETURN count(o) AS n").single().get("n").asLong();
			if (organizations > 0) {
				log.info("Database holds {} organisations: demo network not loaded", organizations);
				return false;
			}
		}
		load();
		return true;
	}

	public void load() {
		long started = System.nanoTime();
		List<String> statements = new java.util.ArrayList<>(CypherScript.statements(SCRIPT));
		statements.addAll(CypherScript.statements(DIRECTORY));
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> statements.forEach(statement -> {
				long start = System.nanoTime();
				tx.run(statement).consume();
				long millis = (System.nanoTime() - start) / 1_000_000;
				if (millis > 500) {
					log.warn("Slow demo statement ({} ms): {}", millis, statement.lines().limit(3).toList());
				}
			}));
			var counts = session.run("""
					MATCH (n) WHERE n:Organization OR n:Network OR n:Service OR n:Household OR n:Person
					RETURN count(n) AS n""").single().get("n").asLong();
			log.info("Demo network loaded: {} statements, {} organisations/networks/services/people/households in {} ms",
					statements.size(), counts, (System.nanoTime() - started) / 1_000_000);
		}
	}
}
