package jp.tsunagu.bulk;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jp.tsunagu.bulk.Checkpoints.LaneState;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes steps of rows through the driver in batches: one transaction per batch, a parameterised
 * {@code UNWIND $rows} statement, and the run's checkpoint advanced in the same transaction. Rows are produced on one
 * thread per lane and written on another, through a small bounded queue, so generating and writing overlap and memory
 * stays flat. A rerun of the same run skips the rows its checkpoints record; the statements' MERGE on natural keys and
 * ids keeps anything written twice from being duplicated.
 */
public final class BulkLoader {

	private static final int QUEUE_BATCHES = 4;

	private final Driver driver;

	private final Checkpoints checkpoints;

	private final int batchSize;

	private final PrintStream out;

	private final Duration progressEvery;

	private final AtomicLong batchBudget;

	private final List<StepReport> reports = new ArrayList<>();

	private final long started = System.nanoTime();

	/**
	 * @param run the run's key: a rerun with the same key resumes where this one stopped
	 * @param stopAfterBatches commit at most this many batches in all, then stop as if killed (for testing
	 * resumption); {@code Long.MAX_VALUE} for no limit
	 */
	public BulkLoader(Driver driver, String run, int batchSize, PrintStream out, Duration progressEvery,
			long stopAfterBatches) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
		}
		this.driver = driver;
		this.checkpoints = new Checkpoints(driver, run);
		this.batchSize = batchSize;
		this.out = out;
		this.progressEvery = progressEvery;
		this.batchBudget = new AtomicLong(stopAfterBatches);
	}

	/** Writes the step's rows not yet written in this run (its report says whether the run stopped before its end). */
	public StepReport load(BulkStep step) {
		Map<Integer, LaneState> states = checkpoints.read(step.name());
		long skipped = states.values().stream().mapToLong(LaneState::rowsDone).sum();
		Progress progress = new Progress(step.name(), step.totalRows(), skipped);
		AtomicBoolean stopped = new AtomicBoolean();
		int lanes = step.lanes().size();
		ExecutorService workers = Executors.newFixedThreadPool(2 * lanes, daemon("bulk-" + step.name()));
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("bulk-progress"));
		ticker.scheduleAtFixedRate(() -> progress.print(out), progressEvery.toMillis(), progressEvery.toMillis(),
				TimeUnit.MILLISECONDS);
		boolean completed = true;
		try {
			List<Future<Boolean>> writers = new ArrayList<>();
			List<Future<?>> producers = new ArrayList<>();
			for (int lane = 0; lane < lanes; lane++) {
				LaneState state = states.getOrDefault(lane, LaneState.NONE);
				if (state.finished()) {
					continue;
				}
				BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
				Iterator<Map<String, Object>> rows = step.lanes().get(lane).get();
				producers.add(workers.submit(() -> produce(step, rows, state, queue, stopped)));
				int laneNumber = lane;
				writers.add(workers.submit(() -> write(step, laneNumber, state, queue, progress, stopped)));
			}
			for (Future<Boolean> writer : writers) {
				completed &= writer.get();
			}
			for (Future<?> producer : producers) {
				producer.get();
			}
		}
		catch (ExecutionException ex) {
			stopped.set(true);
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("Step " + step.name() + " failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			stopped.set(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during step " + step.name(), ex);
		}
		finally {
			ticker.shutdownNow();
			workers.shutdownNow();
		}
		StepReport report = new StepReport(step.name(), progress.rows.get(), progress.batches.get(),
				progress.nodes.get(), progress.relationships.get(), progress.elapsed(), progress.cpu(), completed);
		reports.add(report);
		out.println(report.summary());
		return report;
	}

	/** Every step loaded so far, the time since the loader started, and the memory peaks. */
	public LoadReport report() {
		return new LoadReport(reports, Duration.ofNanos(System.nanoTime() - started), MemoryUse.peakHeap(),
				MemoryUse.peakResidentSet());
	}

	private Void produce(BulkStep step, Iterator<Map<String, Object>> rows, LaneState state, BlockingQueue<Batch> queue,
			AtomicBoolean stopped) throws InterruptedException {
		long position = 0;
		while (position < state.rowsDone() && rows.hasNext()) {
			rows.next();
			position++;
		}
		long batchNumber = state.batchesDone();
		List<Map<String, Object>> batch = new ArrayList<>(batchSize);
		while (rows.hasNext() && !stopped.get()) {
			batch.add(rows.next());
			position++;
			if (batch.size() == batchSize) {
				put(queue, new Batch(step.parameters().apply(batch), batch.size(), position, ++batchNumber, !rows.hasNext()),
						stopped);
				batch = new ArrayList<>(batchSize);
			}
		}
		if (!batch.isEmpty()) {
			put(queue, new Batch(step.parameters().apply(batch), batch.size(), position, ++batchNumber, true), stopped);
		}
		put(queue, Batch.END, stopped);
		return null;
	}

	private static void put(BlockingQueue<Batch> queue, Batch batch, AtomicBoolean stopped) throws InterruptedException {
		while (!stopped.get() && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
			// the writer is behind: wait for room, unless the step stopped
		}
	}

	private boolean write(BulkStep step, int lane, LaneState state, BlockingQueue<Batch> queue, Progress progress,
			AtomicBoolean stopped) throws InterruptedException {
		try (Session session = driver.session()) {
			while (true) {
				Batch batch = queue.poll(100, TimeUnit.MILLISECONDS);
				if (stopped.get()) {
					return false;
				}
				if (batch == null) {
					continue;
				}
				if (batch == Batch.END) {
					return true;
				}
				if (batchBudget.getAndDecrement() <= 0) {
					stopped.set(true);
					out.printf("[%s] stopping after the batch budget, as asked (lane %d at row %,d)%n", step.name(), lane,
							batch.rowsDoneAfter() - batch.size());
					return false;
				}
				LaneState after = new LaneState(batch.rowsDoneAfter(), batch.number(), batch.last());
				ResultSummary summary = session.executeWrite(tx -> {
					ResultSummary written = tx.run(step.cypher(), batch.parameters()).consume();
					checkpoints.advance(tx, step.name(), lane, after);
					return written;
				});
				SummaryCounters counters = summary.counters();
				progress.rows.addAndGet(batch.size());
				progress.batches.incrementAndGet();
				progress.nodes.addAndGet(counters.nodesCreated());
				progress.relationships.addAndGet(counters.relationshipsCreated());
			}
		}
		catch (RuntimeException ex) {
			stopped.set(true);
			throw ex;
		}
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * A batch of one lane: the statement's parameters for its rows, how many rows, the lane's row count once it is
	 * written, its number, and whether it is the last.
	 */
	private record Batch(Map<String, Object> parameters, int size, long rowsDoneAfter, long number, boolean last) {

		static final Batch END = new Batch(Map.of(), 0, 0, 0, true);
	}
}
