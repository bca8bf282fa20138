package jp.tsunagu.api;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The database's reachability as the hub's requests find it. A request the database could not serve is counted
 * ({@code tsunagu.database.unavailable.requests}); the log says once that the database is away, probes it every
 * {@link #PROBE_INTERVAL} until it answers, and says once that it is back, how long it was away and how many requests
 * were refused meanwhile: one line per change of state, not a stack trace per request.
 */
@Component
public class DatabaseOutage implements DisposableBean {

	/** How often a hub whose database is away checks for it; also the Retry-After it tells clients. */
	public static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private final Driver driver;

	private final Counter refusals;

	private final AtomicLong refusedDuringOutage = new AtomicLong();

	/** When the current outage was first noticed (System.nanoTime), or 0 while the database answers. */
	private final AtomicLong awaySince = new AtomicLong();

	private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "database-outage-probe");
		thread.setDaemon(true);
		return thread;
	});

	public DatabaseOutage(Driver driver, MeterRegistry meters) {
		this.driver = driver;
		this.refusals = Counter.builder("tsunagu.database.unavailable.requests")
			.description("Requests answered UNAVAILABLE because the database could not be reached")
			.register(meters);
		Gauge.builder("tsunagu.database.away", awaySince, since -> since.get() == 0 ? 0 : 1)
			.description("1 while the hub cannot reach its database, else 0")
			.register(meters);
	}

	/** A request failed because the database could not be reached. */
	public void refused(Throwable cause) {
		refusals.increment();
		refusedDuringOutage.incrementAndGet();
		long now = Math.max(1, System.nanoTime());
		if (awaySince.compareAndSet(0, now)) {
			log.warn("The database cannot be reached ({}); requests are answered UNAVAILABLE until it is back. "
					+ "Checking every {} s", rootMessage(cause), PROBE_INTERVAL.toSeconds());
			prober.schedule(this::probe, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Whether the hub currently knows its database to be away. */
	public boolean away() {
		return awaySince.get() != 0;
	}

	private void probe() {
		driver.verifyConnectivityAsync().whenComplete((ok, failure) -> {
			if (failure != null) {
				prober.schedule(this::probe, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
				return;
			}
			long since = awaySince.getAndSet(0);
			log.info("The database is reachable again after {} ms; {} requests were answered UNAVAILABLE meanwhile",
					Duration.ofNanos(System.nanoTime() - since).toMillis(), refusedDuringOutage.getAndSet(0));
		});
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	@Override
	public void destroy() {
		prober.shutdownNow();
	}
}
