package jp.tsunagu.analystgraph;

import java.util.function.Supplier;

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

	/** An open analysts' graph: its driver, its database on a shared server, and the embedded DBMS if it is one. */
	record Connection(Driver driver, String database, String location, EmbeddedNeo4j embedded) {
	}

	private final Supplier<Connection> opener;

	private Connection connection;

	/**
	 * Opened on first use, so that the hub's one-shot commands (an account's password, an import), which never read
	 * it, neither start a second DBMS nor meet the running hub's one in the same data directory.
	 */
	AnalystGraph(Supplier<Connection> opener) {
		this.opener = opener;
	}

	/** A session the database holds to reading: analysts' queries run here. */
	public Session readSession() {
		return session(AccessMode.READ);
	}

	Session writeSession() {
		return session(AccessMode.WRITE);
	}

	/** Where the graph is, for logs and the snapshot: a Bolt URI and, on a shared server, the database. */
	public String location() {
		return connection().location();
	}

	private Session session(AccessMode mode) {
		Connection open = connection();
		SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode);
		if (StringUtils.hasText(open.database())) {
			builder.withDatabase(open.database());
		}
		return open.driver().session(builder.build());
	}

	private synchronized Connection connection() {
		if (connection == null) {
			connection = opener.get();
		}
		return connection;
	}

	@Override
	public synchronized void close() {
		if (connection == null) {
			return;
		}
		connection.driver().close();
		if (connection.embedded() != null) {
			connection.embedded().close();
		}
	}
}
