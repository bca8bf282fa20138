package jp.tsunagu.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the Cypher statements the hub sends through the driver for the data a request asks, from the driver's own
 * observations: how tests prove a GraphQL request costs a constant number of round trips.
 */
@TestComponent
public class StatementCounter implements ObservationHandler<Observation.Context> {

	/**
	 * Statements that are not the data's: the outbox poll, which runs in the background every few hundred
	 * milliseconds, and the read of a caller's account, which the caller cache makes on some requests and not others.
	 */
	private static final List<String> NOT_THE_DATAS = List.of("MATCH (e:OutboxEvent) WHERE e.sequence > $sequence",
			"MATCH (a:Account {username: $username}) WHERE a.enabled");

	private final AtomicInteger count = new AtomicInteger();

	@Override
	public void onStart(Observation.Context context) {
		if (context.getName().startsWith("neo4j") && context.getName().contains(".run") && !notTheDatas(context)) {
			count.incrementAndGet();
		}
	}

	private static boolean notTheDatas(Observation.Context context) {
		KeyValue text = context.getAllKeyValues().stream()
			.filter(keyValue -> keyValue.getKey().equals("db.query.text"))
			.findFirst()
			.orElse(null);
		return text != null && NOT_THE_DATAS.stream().anyMatch(text.getValue()::contains);
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
