package jp.tsunagu.bulk;

import java.time.Duration;

/**
 * What one step wrote in this run (rows skipped thanks to a checkpoint are not counted).
 *
 * @param completed false when the run stopped before the step's last batch
 */
public record StepReport(String step, long rows, long batches, long nodesCreated, long relationshipsCreated,
		Duration elapsed, Duration cpu, boolean completed) {

	public long entities() {
		return nodesCreated + relationshipsCreated;
	}

	public double entitiesPerSecond() {
		return perSecond(entities(), elapsed);
	}

	public double rowsPerSecond() {
		return perSecond(rows, elapsed);
	}

	static double perSecond(long count, Duration elapsed) {
		double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
		return count / seconds;
	}

	/** Entities per second of CPU time the process used: what the step would reach with the machine to itself. */
	public double entitiesPerCpuSecond() {
		return perSecond(entities(), cpu);
	}

	public String summary() {
		return String.format(
				"%s: %,d rows in %,d batches, %,d nodes + %,d relationships in %s (%,.0f rows/s, %,.0f entities/s; %s CPU, %,.0f entities per CPU second)%s",
				step, rows, batches, nodesCreated, relationshipsCreated, Progress.duration(elapsed), rowsPerSecond(),
				entitiesPerSecond(), Progress.duration(cpu), entitiesPerCpuSecond(), completed ? "" : " (stopped before the end)");
	}
}
