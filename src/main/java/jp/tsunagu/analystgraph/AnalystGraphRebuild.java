package jp.tsunagu.analystgraph;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Service;

/**
 * Builds the analysts' graph afresh from the operational one: empties it, copies the directory, then people and
 * households through their projections, and writes a {@link Snapshot} last. One rebuild at a time; a second caller
 * waits for the running one and then rebuilds again. Analysts querying during a rebuild see a partial graph without
 * a snapshot.
 */
@Service
public class AnalystGraphRebuild {

	private static final Logger log = LoggerFactory.getLogger(AnalystGraphRebuild.class);

	private final Driver operational;

	private final AnalystGraph analysts;

	private final AnalystGraphProperties properties;

	private final Pseudonyms.Factory pseudonyms;

	private final ObjectProvider<Neo4jConnectionDetails> source;

	private final ReentrantLock lock = new ReentrantLock();

	private final AtomicBoolean started = new AtomicBoolean();

	private volatile RebuildProgress running;

	AnalystGraphRebuild(Driver operational, AnalystGraph analysts, AnalystGraphProperties properties,
			Pseudonyms.Factory pseudonyms, ObjectProvider<Neo4jConnectionDetails> source) {
		this.operational = operational;
		this.analysts = analysts;
		this.properties = properties;
		this.pseudonyms = pseudonyms;
		this.source = source;
	}

	/** Rebuilds now, reporting progress to the listener (and the log), and returns the new snapshot. */
	public Snapshot rebuild(Consumer<String> listener) {
		lock.lock();
		RebuildProgress progress = new RebuildProgress(listener);
		running = progress;
		try {
			return build(progress);
		}
		finally {
			running = null;
			lock.unlock();
		}
	}

	/** The graph's snapshot, empty while it has none (never built, or a rebuild under way). */
	public Optional<Snapshot> snapshot() {
		try (Session session = analysts.readSession()) {
			// a snapshot deleted by a rebuild's wipe between the match and the read of its properties reads empty
			return session.run(Snapshot.READ).list().stream().map(record -> record.get("s"))
				.filter(properties -> !properties.get("builtAt").isNull()).findFirst().map(Snapshot::of);
		}
		catch (Neo4jException ex) {
			// a server may refuse the read of a node deleted under it instead
			if (isRunning()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * Starts a rebuild on a thread of its own and returns at once; false, starting nothing, when one is running
	 * already. Its progress is {@link #runningStage()}; a failure is logged and leaves the graph without a snapshot.
	 */
	public boolean startRebuild() {
		if (lock.isLocked() || !started.compareAndSet(false, true)) {
			return false;
		}
		Thread thread = new Thread(() -> {
			try {
				rebuild(message -> {
				});
			}
			catch (RuntimeException ex) {
				log.error("The analysts' graph rebuild asked for by an administrator failed; the graph has no "
						+ "snapshot until the next one", ex);
			}
			finally {
				started.set(false);
			}
		}, "analyst-graph-rebuild");
		thread.setDaemon(true);
		thread.start();
		return true;
	}

	/** Whether a rebuild is under way. */
	public boolean isRunning() {
		return started.get() || lock.isLocked();
	}

	/** How many nodes the analysts' graph holds now (a partial count while a rebuild runs). */
	public long nodeCount() {
		try (Session session = analysts.readSession()) {
			return session.run("MATCH (n) RETURN count(n) AS nodes").single().get("nodes").asLong();
		}
	}

	/** What a running rebuild is doing, empty when none runs. */
	public Optional<String> runningStage() {
		RebuildProgress progress = running;
		return Optional.ofNullable(progress).map(RebuildProgress::stage);
	}

	private Snapshot build(RebuildProgress progress) {
		ProjectionTarget target = new ProjectionTarget(analysts, properties.batchSize());
		progress.stage("emptying " + analysts.location());
		target.reset();
		progress.stage("copying the directory");
		DirectoryProjection directory = new DirectoryProjection(operational, target, progress);
		Map<String, Long> nodes = directory.copyNodes();
		long ties = directory.copyTies();
		Pseudonyms keys = pseudonyms.next();
		progress.stage("copying people under pseudonyms");
		long people = new PeopleProjection(operational, target, progress).copy(keys);
		progress.stage("copying households under pseudonyms");
		long households = new HouseholdProjection(operational, target, progress).copy(keys);
		long durationMs = progress.elapsed().toMillis();
		target.write(Snapshot.WRITE, Map.of("source", sourceName(), "durationMs", durationMs, "keyedPseudonyms",
				keys.keyed(), "directoryNodes", nodes.values().stream().mapToLong(Long::longValue).sum(),
				"directoryTies", ties, "organizations", nodes.get("Organization"), "areas", nodes.get("Area"),
				"people", people, "households", households));
		progress.stage("built in " + durationMs + " ms: " + households + " households, " + people + " people, "
				+ nodes.get("Organization") + " organisations");
		return snapshot().orElseThrow();
	}

	private String sourceName() {
		Neo4jConnectionDetails details = source.getIfAvailable();
		return details == null ? "operational graph" : String.valueOf(details.getUri());
	}

	/** Whether the analysts' graph holds a finished build. */
	boolean built() {
		try (Session session = analysts.readSession()) {
			return session.run("RETURN EXISTS { MATCH (:Snapshot) } AS built").single().get("built").asBoolean();
		}
	}
}
