package jp.tsunagu.analystgraph;

import jp.tsunagu.graph.EmbeddedNeo4j;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.util.StringUtils;

/**
 * The analysts' graph: a database of its own (a second embedded DBMS, or a separate server), never the hub's
 * operational one, holding only what {@link AnalystGraphRebuild} copies there. Nothing here can reach the
 * operational graph: its sessions, transactions and administration commands are those of another DBMS.
 */
public final class AnalystGraph implements AutoCloseable {

	private final Driver driver;

	private final String database;

	private final String location;

	private final EmbeddedNeo4j embedded;

	AnalystGraph(Driver driver, String database, String location, EmbeddedNeo4j embedded) {
		this.driver = driver;
		this.database = database;
		this.location = location;
		this.embedded = embedded;
	}

	/** A session the database holds to reading: analysts' queries run here. */
	public Session readSession() {
		return driver.session(config(AccessMode.READ));
	}

	Session writeSession() {
		return driver.session(config(AccessMode.WRITE));
	}

	/** Where the graph is, for logs and the snapshot: a Bolt URI and, on a shared server, the database. */
	public String location() {
		return location;
	}

	private SessionConfig config(AccessMode mode) {
		SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode);
		if (StringUtils.hasText(database)) {
			builder.withDatabase(database);
		}
		return builder.build();
	}

	@Override
	public void close() {
		driver.close();
		if (embedded != null) {
			embedded.close();
		}
	}
}
