package jp.tsunagu.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned migrations in {@code graph-schema/} (constraints, indexes, full-text
 * index, taxonomies) before anything reads or writes: the hub starts only on a current schema.
 */
public final class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final Migrations migrations;

	SchemaMigrations(Driver driver, MigrationProperties properties) {
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan(properties.location())
			.withPackagesToScan()
			.withInstalledBy("tsunagu-hub")
			.build();
		this.migrations = new Migrations(config, driver);
	}

	void apply() {
		long started = System.nanoTime();
		var version = migrations.apply();
		log.info("Graph schema at version {} ({} ms)", version.map(Object::toString).orElse("none"),
				(System.nanoTime() - started) / 1_000_000);
	}
}
