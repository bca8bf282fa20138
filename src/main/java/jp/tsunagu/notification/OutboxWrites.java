package jp.tsunagu.notification;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.QueryRunner;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import static jp.tsunagu.graph.CypherParameters.of;

/**
 * The outbox: events written as OutboxEvent nodes in the same transaction as the write they describe, so an event
 * exists exactly when its write committed. Neo4j Community has no change data capture; every hub replica polls these
 * nodes instead, and a client resumes from the last sequence number it saw. The sequence comes from one counter
 * node, which orders events across replicas at the price of serialising the writes that publish.
 */
@Repository
public class OutboxWrites {

	private static final String APPEND = """
			MERGE (counter:OutboxSequence {name: 'events'})
			SET counter.last = coalesce(counter.last, 0) + 1
			CREATE (:OutboxEvent {sequence: counter.last, id: randomUUID(), createdAt: datetime(), kind: $kind,
			        organizationIds: $organizationIds, areaCodes: $areaCodes, householdId: $householdId,
			        personIds: $personIds, payload: $payload})""";

	/** Many events in one statement, numbered in their order after one step of the counter. */
	private static final String APPEND_ALL = """
			MERGE (counter:OutboxSequence {name: 'events'})
			SET counter.last = coalesce(counter.last, 0) + size($events)
			WITH counter.last - size($events) AS before
			UNWIND range(0, size($events) - 1) AS i
			WITH before + 1 + i AS sequence, $events[i] AS event
			CREATE (:OutboxEvent {sequence: sequence, id: randomUUID(), createdAt: datetime(), kind: event.kind,
			        organizationIds: event.organizationIds, areaCodes: event.areaCodes, householdId: event.householdId,
			        personIds: event.personIds, payload: event.payload})""";

	private final ReactiveNeo4jClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	OutboxWrites(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/**
	 * Appends the event; call it inside the transaction of the write it describes. A payload's {@code personIds} (a
	 * list of person ids, such as a task's owner) names people who may receive it besides the organisations.
	 */
	public Mono<Void> append(OutboxEvent event) {
		return client.query(APPEND).bindAll(parameters(event)).run().then();
	}

	/** Appends the events in one statement, in their order, as {@link #append} does each; nothing for none. */
	public Mono<Void> appendAll(List<OutboxEvent> events) {
		if (events.isEmpty()) {
			return Mono.empty();
		}
		return client.query(APPEND_ALL).bind(events.stream().map(this::parameters).toList()).to("events").run().then();
	}

	/** Appends the event in an open transaction of the driver's own (an import's batch), as {@link #append}. */
	public void append(QueryRunner transaction, OutboxEvent event) {
		transaction.run(APPEND, parameters(event)).consume();
	}

	private Map<String, Object> parameters(OutboxEvent event) {
		Object personIds = event.payload().getOrDefault("personIds", List.of());
		return of("kind", event.kind().name(), "organizationIds", event.organizationIds(), "areaCodes",
				event.areaCodes(), "householdId", event.householdId(), "personIds", personIds, "payload",
				json.writeValueAsString(event.payload()));
	}

}
