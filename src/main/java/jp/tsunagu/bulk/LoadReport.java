package jp.tsunagu.bulk;

import java.time.Duration;
import java.util.List;

/** A whole bulk load: its steps, how long it took, and the memory it needed. */
public record LoadReport(List<StepReport> steps, Duration elapsed, long peakHeapBytes, long peakResidentSetBytes) {

	public LoadReport {
		steps = List.copyOf(steps);
	}

	public long nodesCreated() {
		return steps.stream().mapToLong(StepReport::nodesCreated).sum();
	}

	public long relationshipsCreated() {
		return steps.stream().mapToLong(StepReport::relationshipsCreated).sum();
	}

	public long entities() {
		return nodesCreated() + relationshipsCreated();
	}

	public boolean completed() {
		return steps.stream().allMatch(StepReport::completed);
	}

	public String summary() {
		return String.format("%,d nodes + %,d relationships = %,d entities in %s (%,.0f entities/s); peak heap %s, peak RSS %s",
				nodesCreated(), relationshipsCreated(), entities(), Progress.duration(elapsed),
				StepReport.perSecond(entities(), elapsed), MemoryUse.megabytes(peakHeapBytes),
				MemoryUse.megabytes(peakResidentSetBytes));
	}
}
