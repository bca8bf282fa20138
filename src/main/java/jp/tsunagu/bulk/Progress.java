package jp.tsunagu.bulk;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The counters of the step being written, and the progress line printed from them every few seconds. */
final class Progress {

	final AtomicLong rows = new AtomicLong();

	final AtomicLong batches = new AtomicLong();

	final AtomicLong nodes = new AtomicLong();

	final AtomicLong relationships = new AtomicLong();

	private final String step;

	private final long totalRows;

	private final long skippedRows;

	private final long started = System.nanoTime();

	private final long cpuStarted = MemoryUse.processCpuNanos();

	Progress(String step, long totalRows, long skippedRows) {
		this.step = step;
		this.totalRows = totalRows;
		this.skippedRows = skippedRows;
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** CPU time the process used since the step began (the database's threads included). */
	Duration cpu() {
		return Duration.ofNanos(Math.max(0, MemoryUse.processCpuNanos() - cpuStarted));
	}

	void print(PrintStream out) {
		Duration elapsed = elapsed();
		long done = rows.get();
		double rowsPerSecond = StepReport.perSecond(done, elapsed);
		long remaining = Math.max(0, totalRows - skippedRows - done);
		String eta = rowsPerSecond > 0 ? duration(Duration.ofSeconds((long) (remaining / rowsPerSecond))) : "?";
		out.printf("[%s] %,d/%,d rows (%.1f%%) | %,.0f rows/s | %,.0f entities/s | ETA %s | heap %s | CPU %.0f%%%n", step,
				skippedRows + done, totalRows, totalRows == 0 ? 100.0 : 100.0 * (skippedRows + done) / totalRows,
				rowsPerSecond, StepReport.perSecond(nodes.get() + relationships.get(), elapsed), eta,
				MemoryUse.megabytes(MemoryUse.heapUsed()), 100.0 * cpu().toNanos() / Math.max(1, elapsed.toNanos()));
	}

	static String duration(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return String.format("%.1fs", duration.toMillis() / 1000.0);
		}
		return seconds < 3600 ? String.format("%dm%02ds", seconds / 60, seconds % 60)
				: String.format("%dh%02dm%02ds", seconds / 3600, seconds / 60 % 60, seconds % 60);
	}
}
