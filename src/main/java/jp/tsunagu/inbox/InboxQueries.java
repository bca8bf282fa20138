package jp.tsunagu.inbox;

import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.household.HouseholdScope;
import jp.tsunagu.security.Caller;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/** Reads the outbox: new events for the pollers, and the events a caller may receive. */
@Repository
class InboxQueries {

	/**
	 * Event {@code e} may go to {@code $viewer}: it names their organisation or them, or (a network change) an area
	 * their organisation serves, within or around it; and an event about a household other than a referral's or a
	 * consent's (which name the household only by id, to the organisations concerned) needs the household visible to
	 * them now.
	 */
	static final String DELIVERABLE = CypherTemplate.compose("""
			($viewer.role IN ['COORDINATOR', 'MEMBER_STAFF', 'COMMISSIONED_VOLUNTEER']
			 AND ($viewer.organizationId IN e.organizationIds
			      OR $viewer.personId IN coalesce(e.personIds, [])
			      OR (e.kind = 'NETWORK_CHANGED' AND EXISTS {
			            MATCH (:Organization {id: $viewer.organizationId})-[:SERVES]->(served:Area)
			            MATCH (changed:Area) WHERE changed.code IN e.areaCodes
			              AND ((changed)-[:PART_OF*0..3]->(served) OR (served)-[:PART_OF*0..3]->(changed)) }))
			 AND (e.householdId IS NULL OR e.kind IN ['REFERRAL_CHANGED', 'CONSENT_WITHDRAWN']
			      OR EXISTS { MATCH (h:Household {id: e.householdId}) WHERE {{visible}} }))""",
			Map.of("visible", HouseholdScope.VISIBLE));

	private static final String INBOX = CypherTemplate.compose("""
			CALL () { MATCH (e:OutboxEvent) WHERE {{deliverable}} RETURN count(e) AS total }
			CALL () {
			  MATCH (e:OutboxEvent)
			  WHERE ($afterKey IS NULL OR e.sequence < toInteger($afterKey)) AND {{deliverable}}
			  WITH e ORDER BY e.sequence DESC LIMIT $limit
			  RETURN collect(e) AS page
			}
			RETURN total, page""", Map.of("deliverable", DELIVERABLE));

	private final ReactiveNeo4jClient client;

	InboxQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** The last sequence number given, 0 before the first event. */
	Mono<Long> lastSequence() {
		return client.query("OPTIONAL MATCH (s:OutboxSequence {name: 'events'}) RETURN coalesce(s.last, 0) AS last")
			.fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("last").asLong())
			.one();
	}

	/** Up to {@code limit} events after the sequence number, in order. */
	Flux<StoredEvent> after(long sequence, int limit) {
		return client.query("""
				MATCH (e:OutboxEvent) WHERE e.sequence > $sequence
				RETURN e ORDER BY e.sequence LIMIT $limit""")
			.bindAll(of("sequence", sequence, "limit", limit))
			.fetchAs(StoredEvent.class)
			.mappedBy((types, record) -> StoredEvent.from(record.get("e").asNode()))
			.all();
	}

	/** Whether the event may go to the caller as they are now. */
	Mono<Boolean> deliverable(Caller caller, StoredEvent event) {
		return client.query("WITH $event AS e RETURN coalesce(" + DELIVERABLE + ", false) AS deliverable")
			.bindAll(of("event", event.asParameter(), "viewer", caller.asParameter()))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("deliverable").asBoolean())
			.one();
	}

	/** The caller's events, newest first. */
	Mono<Connection<StoredEvent>> inbox(Caller caller, PageRequest page) {
		return client.query(INBOX)
			.bindAll(of("viewer", caller.asParameter(), "afterKey", page.afterKey(), "limit", page.limitPlusOne()))
			.fetchAs(Connection.class)
			.mappedBy((types, record) -> page.toConnection(
					record.get("page").asList(value -> StoredEvent.from(value.asNode())), record.get("total").asLong(),
					event -> String.valueOf(event.sequence()), event -> String.valueOf(event.sequence())))
			.one()
			.map(connection -> {
				@SuppressWarnings("unchecked")
				Connection<StoredEvent> typed = connection;
				return typed;
			});
	}
}
