package jp.tsunagu.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned migrations in {@code graph-schema/} (constraints, indexes, full-text
 * index, taxonomies) before anything reads or writes: the hub starts only on a current schema.
 * Hubs starting together against one database take turns (see {@link #applyWhenUnlocked}).
 */
public final class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	/** Longer than migrating the whole schema from scratch takes; a lock held longer was left by a crash. */
	private static final Duration LOCK_PATIENCE = Duration.ofMinutes(2);

	private static final Duration LOCK_POLL = Duration.ofSeconds(1);

	private final Migrations migrations;

	SchemaMigrations(Driver driver, MigrationProperties properties) {
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan(properties.location())
			.withPackagesToScan()
			.withInstalledBy("tsunagu-hub")
			.withResourceScanner(SchemaMigrations::findOnClasspath)
			.build();
		this.migrations = new Migrations(config, driver);
	}

	void apply() {
		long started = System.nanoTime();
		var version = applyWhenUnlocked();
		log.info("Graph schema at version {} ({} ms)", version.map(Object::toString).orElse("none"),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * neo4j-migrations takes a lock in the database even when there is nothing to apply, and refuses at once while
	 * another holds it: a hub started beside another (replicas, a rolling restart) waits for its turn instead.
	 */
	private Optional<MigrationVersion> applyWhenUnlocked() {
		long giveUp = System.nanoTime() + LOCK_PATIENCE.toNanos();
		boolean waited = false;
		while (true) {
			try {
				return migrations.apply();
			}
			catch (MigrationsException ex) {
				// the library has no type or code for this refusal, only its message
				boolean locked = String.valueOf(ex.getMessage()).contains("__Neo4jMigrationsLock");
				if (!locked || System.nanoTime() > giveUp) {
					throw ex;
				}
				if (!waited) {
					log.info("Another hub is migrating the graph schema; waiting for it (at most {} s)",
							LOCK_PATIENCE.toSeconds());
					waited = true;
				}
				pause();
			}
		}
	}

	/**
	 * The migrations' files under the given classpath folders. The library's own scanner walks every jar on the
	 * classpath (hundreds inside the hub's jar), which took most of a start that had nothing to apply; the class
	 * loader finds the folders directly.
	 */
	static List<URL> findOnClasspath(List<String> folders) {
		var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
		List<URL> found = new ArrayList<>();
		try {
			for (String folder : folders) {
				for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*.*")) {
					if (resource.isReadable()) {
						found.add(resource.getURL());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the graph schema's migrations in " + folders, ex);
		}
		return found;
	}

	private static void pause() {
		try {
			Thread.sleep(LOCK_POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for another hub's schema migration", ex);
		}
	}
}
