package jp.tsunagu.graph;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.SessionConfig;
import org.springframework.core.InfrastructureProxy;

/**
 * The driver as the hub's own Cypher sees it, counting every session it opens by access mode
 * ({@code tsunagu.neo4j.sessions{access=read|write}}: the share of the work a cluster's leader must do).
 * <p>
 * The one for {@code ReactiveNeo4jClient} opens READ sessions only. The client opens a session of its own only
 * outside a transaction, and always marks it WRITE; read instead, a routing driver ({@code neo4j://}) sends each of
 * those statements to a reader of the cluster, and the database refuses a write that is not inside a transaction.
 * Writes therefore run in {@code TransactionalOperator} transactions (the one for the transaction manager, which
 * passes the access mode through), and everything else is a read.
 * <p>
 * Spring keys the current transaction by the driver it was begun on; as an {@link InfrastructureProxy} this one
 * stands for the driver it wraps, so the client still finds a transaction the manager began.
 */
final class AccessModeDriver implements Driver, InfrastructureProxy {

	private final Driver driver;

	/** The access mode of every session, or null for the one asked for. */
	private final AccessMode forced;

	private final Counter reads;

	private final Counter writes;

	private AccessModeDriver(Driver driver, AccessMode forced, MeterRegistry meters) {
		this.driver = driver;
		this.forced = forced;
		this.reads = counter(meters, AccessMode.READ);
		this.writes = counter(meters, AccessMode.WRITE);
	}

	/** Every session READ, whatever the caller asks for. */
	static AccessModeDriver readOnly(Driver driver, MeterRegistry meters) {
		return new AccessModeDriver(driver, AccessMode.READ, meters);
	}

	/** Sessions in the access mode the caller asks for. */
	static AccessModeDriver asRequested(Driver driver, MeterRegistry meters) {
		return new AccessModeDriver(driver, null, meters);
	}

	private static Counter counter(MeterRegistry meters, AccessMode mode) {
		return Counter.builder("tsunagu.neo4j.sessions")
			.description("Sessions the hub opened for its own Cypher, by access mode (read ones can go to a cluster's readers)")
			.tag("access", mode.name().toLowerCase(Locale.ROOT))
			.register(meters);
	}

	@Override
	public <T extends BaseSession> T session(Class<T> sessionClass, SessionConfig config, AuthToken authToken) {
		SessionConfig actual = forced == null || config.defaultAccessMode() == forced ? config
				: withAccessMode(config, forced);
		(actual.defaultAccessMode() == AccessMode.READ ? reads : writes).increment();
		return driver.session(sessionClass, actual, authToken);
	}

	/** The same session configuration with another access mode (SessionConfig has no toBuilder). */
	static SessionConfig withAccessMode(SessionConfig config, AccessMode mode) {
		SessionConfig.Builder builder = SessionConfig.builder()
			.withDefaultAccessMode(mode)
			.withBookmarks(config.bookmarks())
			.withAutoCommitRetriesMode(config.autoCommitRetriesMode());
		config.database().ifPresent(builder::withDatabase);
		config.impersonatedUser().ifPresent(builder::withImpersonatedUser);
		config.fetchSize().ifPresent(builder::withFetchSize);
		config.bookmarkManager().ifPresent(builder::withBookmarkManager);
		config.minimumNotificationSeverity().ifPresent(builder::withMinimumNotificationSeverity);
		if (!config.disabledNotificationClassifications().isEmpty()) {
			builder.withDisabledNotificationClassifications(config.disabledNotificationClassifications());
		}
		return builder.build();
	}

	@Override
	public Object getWrappedObject() {
		return driver;
	}

	@Override
	public ExecutableQuery executableQuery(String query) {
		return driver.executableQuery(query);
	}

	@Override
	public BookmarkManager executableQueryBookmarkManager() {
		return driver.executableQueryBookmarkManager();
	}

	@Override
	public boolean isEncrypted() {
		return driver.isEncrypted();
	}

	/** The wrapped driver is a bean of its own and closed as one. */
	@Override
	public void close() {
	}

	@Override
	public CompletionStage<Void> closeAsync() {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void verifyConnectivity() {
		driver.verifyConnectivity();
	}

	@Override
	public CompletionStage<Void> verifyConnectivityAsync() {
		return driver.verifyConnectivityAsync();
	}

	@Override
	public boolean verifyAuthentication(AuthToken authToken) {
		return driver.verifyAuthentication(authToken);
	}

	@Override
	public boolean supportsSessionAuth() {
		return driver.supportsSessionAuth();
	}

	@Override
	public boolean supportsMultiDb() {
		return driver.supportsMultiDb();
	}

	@Override
	public CompletionStage<Boolean> supportsMultiDbAsync() {
		return driver.supportsMultiDbAsync();
	}
}
