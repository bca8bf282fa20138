package jp.tsunagu.bulk;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One step of a bulk load: a parameterised statement that writes a batch of rows ({@code UNWIND $rows AS row ...}) and
 * the rows, split into lanes. Each lane is written by its own thread in its own transactions, in order; lanes must not
 * write to the same nodes (except dense shared ones), so that they do not wait on each other's locks. A lane's rows
 * must come out in the same order on every run: the checkpoint counts rows done per lane.
 *
 * @param name the step's name in progress lines and checkpoints
 * @param cypher the statement, run once per batch with its {@code parameters}; it must be idempotent
 * @param totalRows how many rows all lanes hold together, for progress and ETA
 * @param lanes a supplier of each lane's rows, called once per run
 * @param parameters turns a batch of rows into the statement's parameters (on the producing thread), e.g. to look up
 * the nodes a batch refers to once rather than once per row
 */
public record BulkStep(String name, String cypher, long totalRows, List<Supplier<Iterator<Map<String, Object>>>> lanes,
		Function<List<Map<String, Object>>, Map<String, Object>> parameters) {

	public BulkStep {
		if (lanes.isEmpty()) {
			throw new IllegalArgumentException("a step needs at least one lane");
		}
		lanes = List.copyOf(lanes);
	}

	/** A step whose statement takes the batch as {@code $rows}. */
	public BulkStep(String name, String cypher, long totalRows, List<Supplier<Iterator<Map<String, Object>>>> lanes) {
		this(name, cypher, totalRows, lanes, rows -> Map.of("rows", rows));
	}

	public static BulkStep singleLane(String name, String cypher, long totalRows,
			Supplier<Iterator<Map<String, Object>>> rows) {
		return new BulkStep(name, cypher, totalRows, List.of(rows));
	}
}
