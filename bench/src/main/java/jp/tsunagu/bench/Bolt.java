package jp.tsunagu.bench;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** The bare driver on the hub's embedded database, as user {@code neo4j}: for picking targets and for the floor. */
final class Bolt {

	private Bolt() {
	}

	static Driver driver(Settings settings) {
		Driver driver = GraphDatabase.driver(settings.boltUri(), AuthTokens.basic("neo4j", settings.boltPassword()),
				Config.builder()
					.withMaxConnectionPoolSize(Math.max(16, settings.users() * 2))
					.withLogging(Logging.javaUtilLogging(Level.WARNING))
					.build());
		try {
			driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			driver.close();
			throw new BenchException("cannot reach the database at " + settings.boltUri()
					+ " as neo4j (is the hub running with TSUNAGU_BOLT_PASSWORD set?): " + ex.getMessage(), ex);
		}
		return driver;
	}

	static List<Record> read(Driver driver, String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list());
		}
	}
}
