package jp.tsunagu.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

	private final List<String> texts = new CopyOnWriteArrayList<>();

	@Override
	public void onStart(Observation.Context context) {
		if (context.getName().startsWith("neo4j") && context.getName().contains(".run") && !notTheDatas(context)) {
			count.incrementAndGet();
			KeyValue text = text(context);
			texts.add(text == null ? "" : text.getValue());
		}
	}

	private static boolean notTheDatas(Observation.Context context) {
		KeyValue text = text(context);
		return text != null && NOT_THE_DATAS.stream().anyMatch(text.getValue()::contains);
	}

	private static KeyValue text(Observation.Context context) {
		return context.getAllKeyValues().stream()
			.filter(keyValue -> keyValue.getKey().equals("db.query.text"))
			.findFirst()
			.orElse(null);
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return true;
	}

	public void reset() {
		count.set(0);
		texts.clear();
	}

	/** The text of each statement counted since the last {@link #reset()}, in the order they started. */
	public List<String> texts() {
		return List.copyOf(texts);
	}

	public int count() {
		return count.get();
	}
}
