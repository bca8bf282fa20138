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
	 * Households marked as fading whose support ties are live again lose their mark, so that they are announced when
	 * they fade again. Takes the check's node first, so that replicas running the check at once take turns.
	 */
	private static final String REVIVED = """
			MERGE (check:ScheduledCheck {name: 'household-fading'}) SET check.ranAt = datetime()
			WITH check
			CALL (check) {
			  MATCH (h:Household) WHERE h.fadingAnnouncedOn IS NOT NULL
			    AND EXISTS { (h)<-[tie:SUPPORTS]-() WHERE duration.inDays(%1$s, %2$s).days <= $liveDays }
			  REMOVE h.fadingAnnouncedOn
			}
			RETURN count(*) AS done""".formatted(ContactProperties.lastUse("tie"), JapanDate.TODAY_IN_CYPHER);

	/**
	 * The next households, by id after {@code $after}, with open needs whose support ties all stopped being live (the
	 * rule of lostConnections' NO_RECENT_CONTACT) and not announced yet: at most {@code $batch}, marked, and returned
	 * with who supports them, who holds their record, and where they live. Takes the check's node first, as above.
	 */
	private static final String FADING = """
			MERGE (check:ScheduledCheck {name: 'household-fading'}) SET check.ranAt = datetime()
			WITH check
			CALL (check) {
			  MATCH (h:Household)
			  WHERE h.id > $after AND h.fadingAnnouncedOn IS NULL AND coalesce(h.archived, false) = false
			    AND EXISTS { (h)-[i:HAS_ISSUE]->(:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS'] }
			    AND EXISTS { (h)<-[:SUPPORTS]-() }
			    AND NOT EXISTS { (h)<-[tie:SUPPORTS]-() WHERE duration.inDays(%1$s, %2$s).days <= $liveDays }
			  WITH h ORDER BY h.id LIMIT $batch
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

	/** Call in a transaction: takes the marks off households whose ties are live again. */
	Mono<Void> unmarkRevived(int liveDays) {
		return client.query(REVIVED).bind(liveDays).to("liveDays").run().then();
	}

	/** Call in a transaction: marks and returns the next fading households after the id {@code after}, by id. */
	Flux<Map<String, Object>> markFading(int liveDays, String after, int batch) {
		return client.query(FADING).bindAll(of("liveDays", liveDays, "after", after, "batch", batch)).fetch().all()
			.map(row -> {
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
