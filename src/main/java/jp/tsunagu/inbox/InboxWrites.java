package jp.tsunagu.inbox;

import java.time.Duration;
import java.util.Map;

import jp.tsunagu.household.ContactProperties;
import jp.tsunagu.household.JapanDate;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/** Writes of the scheduled checks: the fading marks of households, and the outbox's pruning. */
@Repository
class InboxWrites {

	/**
	 * Households with open needs whose support ties all stopped being live (the rule of lostConnections'
	 * NO_RECENT_CONTACT), not announced yet: marked, and returned with who supports them, who holds their record, and
	 * where they live. A household whose ties are live again loses its mark, so that it is announced when it fades again.
	 */
	private static final String FADING = """
			MERGE (check:ScheduledCheck {name: 'household-fading'}) SET check.ranAt = datetime()
			WITH check
			CALL (check) {
			  MATCH (h:Household) WHERE h.fadingAnnouncedOn IS NOT NULL
			    AND EXISTS { (h)<-[tie:SUPPORTS]-() WHERE duration.inDays(%1$s, %2$s).days <= $liveDays }
			  REMOVE h.fadingAnnouncedOn
			}
			CALL (check) {
			  MATCH (h:Household)
			  WHERE h.fadingAnnouncedOn IS NULL AND coalesce(h.archived, false) = false
			    AND EXISTS { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] }
			    AND EXISTS { (h)<-[:SUPPORTS]-() }
			    AND NOT EXISTS { (h)<-[tie:SUPPORTS]-() WHERE duration.inDays(%1$s, %2$s).days <= $liveDays }
			  SET h.fadingAnnouncedOn = %2$s
			  RETURN {householdId: h.id,
			          organizationIds: COLLECT { MATCH (h)<-[:SUPPORTS]-(o:Organization) RETURN o.id }
			                           + COLLECT { MATCH (h)-[:RECORD_HELD_BY]->(o:Organization) RETURN o.id },
			          personIds: COLLECT { MATCH (h)<-[:SUPPORTS]-(p:Person) RETURN p.id },
			          areaCodes: COLLECT { MATCH (h)-[:LIVES_IN]->(a:Area) RETURN a.code }} AS fading
			}
			RETURN fading""".formatted(ContactProperties.lastUse("tie"), JapanDate.TODAY_IN_CYPHER);

	private final ReactiveNeo4jClient client;

	InboxWrites(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** Call in a transaction: it locks the check's node first, so that replicas running it at once take turns. */
	Flux<Map<String, Object>> markFading(int liveDays) {
		return client.query(FADING).bind(liveDays).to("liveDays").fetch().all().map(row -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> fading = (Map<String, Object>) row.get("fading");
			return fading;
		});
	}

	/** Deletes events older than the retention, at most {@code limit} at a time; returns how many. */
	Mono<Long> prune(Duration retention, int limit) {
		return client.query("""
				MATCH (e:OutboxEvent) WHERE e.createdAt < datetime() - duration({seconds: $seconds})
				WITH e LIMIT $limit
				DELETE e
				RETURN count(*) AS pruned""")
			.bindAll(of("seconds", retention.toSeconds(), "limit", limit))
			.fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("pruned").asLong())
			.one();
	}
}
