package jp.tsunagu.bulk;

import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import static jp.tsunagu.graph.CypherParameters.of;

/**
 * Where a run stands: one {@code BulkCheckpoint} node per run, step and lane, holding the rows and batches written. It
 * is updated in the transaction that writes the batch, so it never claims a batch that was rolled back.
 */
final class Checkpoints {

	private static final String READ = """
			MATCH (c:BulkCheckpoint {run: $run, step: $step})
			RETURN c.lane AS lane, c.rowsDone AS rowsDone, c.batchesDone AS batchesDone, c.finished AS finished""";

	private static final String ADVANCE = """
			MERGE (c:BulkCheckpoint {key: $key})
			ON CREATE SET c.run = $run, c.step = $step, c.lane = $lane, c.createdAt = datetime()
			SET c.rowsDone = $rowsDone, c.batchesDone = $batchesDone, c.finished = $finished, c.updatedAt = datetime()""";

	private final Driver driver;

	private final String run;

	Checkpoints(Driver driver, String run) {
		this.driver = driver;
		this.run = run;
	}

	Map<Integer, LaneState> read(String step) {
		Map<Integer, LaneState> states = new HashMap<>();
		try (Session session = driver.session()) {
			session.run(READ, of("run", run, "step", step)).forEachRemaining(record -> states.put(
					record.get("lane").asInt(), new LaneState(record.get("rowsDone").asLong(),
							record.get("batchesDone").asLong(), record.get("finished").asBoolean(false))));
		}
		return states;
	}

	void advance(TransactionContext tx, String step, int lane, LaneState state) {
		tx.run(ADVANCE, of("key", run + "|" + step + "|" + lane, "run", run, "step", step, "lane", lane, "rowsDone",
				state.rowsDone(), "batchesDone", state.batchesDone(), "finished", state.finished())).consume();
	}

	/** How far a lane got: rows and batches committed, and whether its last batch is among them. */
	record LaneState(long rowsDone, long batchesDone, boolean finished) {

		static final LaneState NONE = new LaneState(0, 0, false);
	}
}
