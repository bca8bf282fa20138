package jp.tsunagu.referral;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.household.JapanDate;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.nameOf;
import static jp.tsunagu.graph.CypherParameters.of;

/**
 * The writes of referrals. Each change raises the referral's version and adds a ReferralChange to its history. A
 * change first locks the referral ({@link #lock}), so that what it then reads is what the last committed change left.
 */
@Repository
class ReferralWrites {

	/**
	 * Moves {@code r} (whose status is {@code from}) to {@code $to}: the status, the version, the times and the reason
	 * or outcome on the node, a ReferralChange in its history; an acceptance ties the receiver to the household
	 * (SUPPORTS, since today) unless it already supports it.
	 */
	private static final String MOVE = CypherTemplate.compose("""
			SET r.status = $to, r.version = r.version + 1, r.updatedAt = datetime(),
			    r.requestedAt = CASE WHEN $to = 'REQUESTED' THEN datetime() ELSE r.requestedAt END,
			    r.respondedAt = CASE WHEN $to IN ['ACCEPTED', 'REJECTED'] AND r.respondedAt IS NULL THEN datetime()
			                         ELSE r.respondedAt END,
			    r.acceptedAt = CASE WHEN $to = 'ACCEPTED' THEN datetime() ELSE r.acceptedAt END,
			    r.closedAt = CASE WHEN $to IN ['REJECTED', 'CANCELLED', 'FAILED', 'COMPLETED'] THEN datetime() END,
			    r.reason = coalesce($reason, r.reason), r.reasonText = coalesce($reasonText, r.reasonText),
			    r.outcome = coalesce($outcome, r.outcome), r.outcomeText = coalesce($outcomeText, r.outcomeText)
			CREATE (r)-[:CHANGED]->(:ReferralChange {id: randomUUID(), from: from, to: $to, party: $party, by: $username,
			        organizationId: $organizationId, reason: $reason, reasonText: $reasonText, outcome: $outcome,
			        outcomeText: $outcomeText, version: r.version, createdAt: datetime()})
			WITH r
			CALL (r) {
			  MATCH (r)-[:TO]->(receiver:Organization), (r)-[:FOR]->(h:Household)
			  WHERE $to = 'ACCEPTED'
			  MERGE (receiver)-[tie:SUPPORTS]->(h)
			  ON CREATE SET tie.since = $today, tie.viaReferral = r.id
			  RETURN count(*) AS tied
			}
			RETURN {{row}} AS row""", Map.of("row", ReferralQueries.REFERRAL_ROW));

	/**
	 * Takes the referral's write lock and changes nothing. Not {@code SET r.version = r.version}: that reads the
	 * version before the lock is granted and would write back a stale one.
	 */
	private static final String LOCK = "SET r.__lock = true REMOVE r.__lock";

	private final ReactiveNeo4jClient client;

	ReferralWrites(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<Referral> create(String householdId, String fromId, String toId, ReferralStatus status, String username) {
		return one("""
				MATCH (h:Household {id: $householdId}), (f:Organization {id: $fromId}), (t:Organization {id: $toId})
				CREATE (r:Referral {id: randomUUID(), status: $status, version: 0, referredBy: $username,
				        createdAt: datetime(), requestedAt: CASE WHEN $status = 'REQUESTED' THEN datetime() END})
				CREATE (r)-[:FOR]->(h), (r)-[:FROM]->(f), (r)-[:TO]->(t)
				CREATE (r)-[:CHANGED]->(:ReferralChange {id: randomUUID(), to: $status, party: 'SENDER', by: $username,
				        organizationId: $fromId, version: 0, createdAt: datetime()})
				RETURN """ + ReferralQueries.REFERRAL_ROW + " AS row", of("householdId", householdId, "fromId", fromId,
				"toId", toId, "status", status.name(), "username", username));
	}

	/**
	 * Takes the write lock on the referral for the rest of the transaction: a concurrent change waits here until the
	 * first commits, and then reads its result.
	 */
	Mono<Void> lock(String id) {
		return client.query("MATCH (r:Referral {id: $id}) " + LOCK).bind(id).to("id").run().then();
	}

	Mono<Referral> move(String id, Change change) {
		return one("MATCH (r:Referral {id: $id}) WITH r, r.status AS from\n" + MOVE, change.parameters(of("id", id)));
	}

	/**
	 * Cancels, as the hub, the household's pending referrals to organisations that no active consent to referral
	 * names any more.
	 */
	Mono<List<Referral>> cancelUnconsented(String householdId, String username) {
		String pending = """
				MATCH (h:Household {id: $householdId})<-[:FOR]-(r:Referral)-[:TO]->(t:Organization)
				WHERE r.status IN $pending
				  AND NOT EXISTS { (h)-[:GAVE_CONSENT]->(c:Consent {scope: 'REFERRAL'})-[:TO]->(t) WHERE c.withdrawnAt IS NULL }
				""";
		Map<String, Object> parameters = new Change(ReferralStatus.CANCELLED, ReferralParty.SYSTEM, username, null,
				ReferralReason.CONSENT_WITHDRAWN, null, null, null)
			.parameters(of("householdId", householdId, "pending", ReferralStatus.names(ReferralStatus.PENDING)));
		return lockAll(pending, parameters).then(all(pending + "WITH r, r.status AS from\n" + MOVE, parameters));
	}

	/** Cancels, as the hub, the requests left unanswered since before the cut-off. */
	Mono<List<Referral>> expire(OffsetDateTime requestedBefore) {
		String unanswered = """
				MATCH (r:Referral) WHERE r.status IN ['REQUESTED', 'RECEIVED']
				  AND coalesce(r.requestedAt, r.createdAt) < $cutoff
				""";
		Map<String, Object> parameters = new Change(ReferralStatus.CANCELLED, ReferralParty.SYSTEM, "system", null,
				ReferralReason.EXPIRED, null, null, null)
			.parameters(of("cutoff", requestedBefore));
		return lockAll(unanswered, parameters).then(all(unanswered + "WITH r, r.status AS from\n" + MOVE, parameters));
	}

	private Mono<Void> lockAll(String match, Map<String, Object> parameters) {
		return client.query(match + LOCK).bindAll(parameters).run().then();
	}

	/** One change as the parameters of {@link #MOVE}. */
	record Change(ReferralStatus to, ReferralParty party, String username, String organizationId,
			ReferralReason reason, String reasonText, ReferralOutcome outcome, String outcomeText) {

		Map<String, Object> parameters(Map<String, Object> more) {
			Map<String, Object> parameters = of("to", to.name(), "party", party.name(), "username", username,
					"organizationId", organizationId, "reason", nameOf(reason), "reasonText", reasonText, "outcome",
					nameOf(outcome), "outcomeText", outcomeText, "today", JapanDate.today());
			parameters.putAll(more);
			return parameters;
		}
	}

	private Mono<Referral> one(String cypher, Map<String, Object> parameters) {
		return client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Referral.class)
			.mappedBy((types, record) -> Referral.from(record.get("row")))
			.one();
	}

	private Mono<List<Referral>> all(String cypher, Map<String, Object> parameters) {
		return client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Referral.class)
			.mappedBy((types, record) -> Referral.from(record.get("row")))
			.all()
			.collectList();
	}
}
