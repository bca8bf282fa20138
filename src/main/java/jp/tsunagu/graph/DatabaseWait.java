package jp.tsunagu.graph;

import java.time.Duration;

import jp.tsunagu.api.DatabaseFaults;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, waits for a database that is not there yet (under docker compose or Kubernetes it may start after the
 * hub): it tries again with a doubling pause (from {@link #FIRST_PAUSE} up to {@link #LONGEST_PAUSE}), saying each
 * time what it waits for, and gives up after {@code tsunagu.database.startup-wait} with a message that says so; the
 * hub then exits non-zero. A database that answers but refuses the hub (wrong password) fails at once.
 */
final class DatabaseWait {

	private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);

	static final Duration FIRST_PAUSE = Duration.ofMillis(500);

	static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

	private DatabaseWait() {
	}

	static void until(Driver driver, String target, Duration limit) {
		long started = System.nanoTime();
		Duration pause = FIRST_PAUSE;
		int attempts = 0;
		while (true) {
			attempts++;
			try {
				driver.verifyConnectivity();
				if (attempts > 1) {
					log.info("The database at {} answered after {} ms ({} tries)", target,
							Duration.ofNanos(System.nanoTime() - started).toMillis(), attempts);
				}
				return;
			}
			catch (RuntimeException failure) {
				if (!DatabaseFaults.unavailable(failure)) {
					throw failure;
				}
				Duration waited = Duration.ofNanos(System.nanoTime() - started);
				if (waited.plus(pause).compareTo(limit) > 0) {
					throw new IllegalStateException("The database at " + target + " did not answer within " + limit.toSeconds()
							+ " s (" + attempts + " tries; tsunagu.database.startup-wait, TSUNAGU_DATABASE_STARTUP_WAIT): "
							+ failure.getMessage(), failure);
				}
				log.warn("Waiting for the database at {}: {}; trying again in {} ms ({} s of at most {} s waited)", target,
						failure.getMessage(), pause.toMillis(), waited.toSeconds(), limit.toSeconds());
				sleep(pause);
				pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
			}
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the database", ex);
		}
	}
}
