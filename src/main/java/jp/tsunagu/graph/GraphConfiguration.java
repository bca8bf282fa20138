package jp.tsunagu.graph;

import java.net.URI;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.ReactiveDatabaseSelectionProvider;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.ReactiveNeo4jTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * One database, two ways to reach it: with {@code NEO4J_URI} set the driver goes there (Boot's own
 * connection details); without it an embedded Neo4j starts first and the driver points at its Bolt
 * port. Everything else only ever sees the {@link Driver}.
 * <p>
 * The hub's Cypher reads outside transactions and writes inside them (see {@link AccessModeDriver}); one bookmark
 * manager chains both, so that on a cluster a read after a write waits until its reader has that write.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EmbeddedNeo4jProperties.class, MigrationProperties.class })
class GraphConfiguration {

	@Bean(destroyMethod = "close")
	@Conditional(NoExternalDatabaseCondition.class)
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties);
	}

	@Bean
	@Conditional(NoExternalDatabaseCondition.class)
	Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j database) {
		URI uri = database.boltUri();
		AuthToken authToken = database.hubCredentials().authToken();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return authToken;
			}
		};
	}

	@Bean
	Neo4jBookmarkManager bookmarkManager() {
		return Neo4jBookmarkManager.createReactive();
	}

	@Bean
	ReactiveNeo4jClient reactiveNeo4jClient(Driver driver, ReactiveDatabaseSelectionProvider databaseSelectionProvider,
			Neo4jBookmarkManager bookmarkManager, MeterRegistry meters) {
		return ReactiveNeo4jClient.with(AccessModeDriver.readOnly(driver, meters))
			.withDatabaseSelectionProvider(databaseSelectionProvider)
			.withNeo4jBookmarkManager(bookmarkManager)
			.build();
	}

	@Bean
	ReactiveNeo4jTransactionManager reactiveTransactionManager(Driver driver,
			ReactiveDatabaseSelectionProvider databaseSelectionProvider, Neo4jBookmarkManager bookmarkManager,
			MeterRegistry meters) {
		return ReactiveNeo4jTransactionManager.with(AccessModeDriver.asRequested(driver, meters))
			.withDatabaseSelectionProvider(databaseSelectionProvider)
			.withBookmarkManager(bookmarkManager)
			.build();
	}

	@Bean
	TransactionalOperator transactionalOperator(ReactiveNeo4jTransactionManager reactiveTransactionManager) {
		return new RetryingTransactions(TransactionalOperator.create(reactiveTransactionManager));
	}

	@Bean
	SchemaMigrations schemaMigrations(Driver driver, MigrationProperties properties,
			Neo4jConnectionDetails connection,
			@Value("${tsunagu.database.startup-wait:2m}") Duration startupWait) {
		DatabaseWait.until(driver, String.valueOf(connection.getUri()), startupWait);
		SchemaMigrations migrations = new SchemaMigrations(driver, properties);
		migrations.apply();
		return migrations;
	}
}
