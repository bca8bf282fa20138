package jp.tsunagu.graph;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j 5.26 database running inside the hub's JVM, reachable only over its TCP Bolt port, so
 * the hub, cypher-shell and Neo4j Desktop all talk to it exactly as they would to a server. Bolt
 * requires a password: the operator's {@code neo4j} user and the hub's own (see {@link BoltUsers}).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final BoltCredentials hubCredentials;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, BoltCredentials hubCredentials) {
		this.service = service;
		this.boltUri = boltUri;
		this.hubCredentials = hubCredentials;
	}

	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		return start(properties, "TSUNAGU_BOLT_PASSWORD (tsunagu.embedded.bolt-password)");
	}

	/**
	 * @param passwordSetting where the operator sets the {@code neo4j} user's password, named in the log when one is
	 * generated
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, String passwordSetting) {
		long started = System.nanoTime();
		long pageCache = PageCacheSize.of(properties.pageCache(), properties.dataDirectory());
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(properties.dataDirectory())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltAddress(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Boot's Netty 4.2 breaks the in-JVM local channel; the TCP connector is all we need.
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			// Netty's default 5 s quiet period, once per Bolt event-loop group, held every stop for 10 s.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			// Analysts get read-only Cypher; LOAD CSV must not read the server's own files.
			.setConfig(GraphDatabaseSettings.allow_file_urls, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
			.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
			.build();
		GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		BoltCredentials hubCredentials;
		try {
			BoltUsers users = new BoltUsers(system);
			users.secureAdmin(properties.boltPassword(), passwordSetting);
			hubCredentials = users.replaceHubUser();
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
		var bolt = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
		log.info(
				"Embedded Neo4j started in {} ms: data in {}, page cache {} MB, Bolt at {} (connect cypher-shell or Neo4j Desktop here)",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), properties.dataDirectory().toAbsolutePath(),
				pageCache / ByteUnit.mebiBytes(1), uri);
		return new EmbeddedNeo4j(service, uri, hubCredentials);
	}

	public URI boltUri() {
		return boltUri;
	}

	BoltCredentials hubCredentials() {
		return hubCredentials;
	}

	/** A driver signed in as the hub's own Bolt user; the caller closes it. */
	public Driver connectAsHub() {
		return GraphDatabase.driver(boltUri, hubCredentials.authToken());
	}

	/** Runs the listener on every transaction of the hub's database (embedded only: a server has its own). */
	public void onTransactions(TransactionEventListener<?> listener) {
		service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		log.info("Stopping embedded Neo4j");
		service.shutdown();
		log.info("Embedded Neo4j stopped cleanly in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
	}
}
