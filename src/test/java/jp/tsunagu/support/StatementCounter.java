package jp.tsunagu.support;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the Cypher statements the hub sends through the driver, from the driver's own
 * observations: how tests prove a GraphQL request costs a constant number of round trips.
 */
@TestComponent
public class StatementCounter implements ObservationHandler<Observation.Context> {

	/**
	 * Statements every signed-in request costs before it reaches a data fetcher: the hub reads the account behind
	 * one of its own tokens again (so that disabling an account counts at once).
	 */
	public static final int PER_REQUEST = 1;

	private final AtomicInteger count = new AtomicInteger();

	@Override
	public void onStart(Observation.Context context) {
		if (context.getName().startsWith("neo4j") && context.getName().contains(".run")) {
			count.incrementAndGet();
		}
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return true;
	}

	public void reset() {
		count.set(0);
	}

	public int count() {
		return count.get();
	}
}
