package jp.tsunagu.referral;

import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.graph.NewestFirstQuery;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.nameOf;
import static jp.tsunagu.graph.CypherParameters.of;

/** The Cypher of referrals. A referral is only ever read by the organisations at either end of it. */
@Repository
class ReferralQueries {

	private static final String RETURN_REFERRAL = """
			MATCH (r)-[:FROM]->(from:Organization), (r)-[:TO]->(to:Organization), (r)-[:FOR]->(h:Household)
			RETURN r, from, to, h.id AS householdId""";

	private static final NewestFirstQuery INBOX = new NewestFirstQuery("""
			MATCH (r:Referral)-[:FROM|TO]->(:Organization {id: $organizationId})
			WHERE ($status IS NULL OR r.status = $status)
			  AND ($incoming IS NULL OR $incoming = EXISTS { (r)-[:TO]->(:Organization {id: $organizationId}) })
			""", "r", "createdAt");

	private final ReactiveNeo4jClient client;

	ReferralQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<Connection<Referral>> list(String organizationId, ReferralStatus status, Boolean incoming, PageRequest page) {
		return INBOX
			.fetch(client, of("organizationId", organizationId, "status", nameOf(status), "incoming", incoming), page,
					value -> new Listed(value.asNode().get("id").asString(),
							value.asNode().get("createdAt").asZonedDateTime().toOffsetDateTime().toString()),
					Listed::createdAt, Listed::id)
			.flatMap(listed -> byIds(listed.nodes().stream().map(Listed::id).toList())
				.map(referrals -> listed.map(entry -> referrals.get(entry.id()))));
	}

	private record Listed(String id, String createdAt) {
	}

	/** The referral, if the organisation is at either end of it. */
	Mono<Referral> byId(String id, String organizationId) {
		return referral("MATCH (r:Referral {id: $id})-[:FROM|TO]->(:Organization {id: $organizationId}) WITH DISTINCT r "
				+ RETURN_REFERRAL, of("id", id, "organizationId", organizationId));
	}

	/** Whether a referral of the household to the organisation is pending or accepted. */
	Mono<Boolean> open(String householdId, String organizationId) {
		return client.query("""
				RETURN EXISTS { (:Household {id: $householdId})<-[:FOR]-(r:Referral)-[:TO]->(:Organization {id: $organizationId})
				                WHERE r.status IN ['PENDING', 'ACCEPTED'] } AS open""")
			.bindAll(of("householdId", householdId, "organizationId", organizationId))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("open").asBoolean())
			.one();
	}

	/** Whether an active consent to referral (REFERRAL) names the organisation. */
	Mono<Boolean> consentToRefer(String householdId, String organizationId) {
		return client.query("""
				RETURN EXISTS { (:Household {id: $householdId})-[:GAVE_CONSENT]->(c:Consent {scope: 'REFERRAL'})
				                -[:TO]->(:Organization {id: $organizationId}) WHERE c.withdrawnAt IS NULL } AS consented""")
			.bindAll(of("householdId", householdId, "organizationId", organizationId))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("consented").asBoolean())
			.one();
	}

	Mono<Referral> create(String householdId, String fromId, String toId, String username) {
		return referral("""
				MATCH (h:Household {id: $householdId}), (f:Organization {id: $fromId}), (t:Organization {id: $toId})
				CREATE (r:Referral {id: randomUUID(), status: 'PENDING', referredBy: $username, createdAt: datetime()})
				CREATE (r)-[:FOR]->(h), (r)-[:FROM]->(f), (r)-[:TO]->(t)
				WITH r
				""" + RETURN_REFERRAL, of("householdId", householdId, "fromId", fromId, "toId", toId, "username", username));
	}

	Mono<Referral> respond(String id, ReferralStatus status, String username) {
		return referral("""
				MATCH (r:Referral {id: $id})
				SET r.status = $status, r.respondedAt = datetime(), r.respondedBy = $username
				WITH r
				""" + RETURN_REFERRAL, of("id", id, "status", status.name(), "username", username));
	}

	private Mono<Map<String, Referral>> byIds(List<String> ids) {
		return client.query("UNWIND $ids AS id MATCH (r:Referral {id: id}) WITH r " + RETURN_REFERRAL)
			.bind(ids)
			.to("ids")
			.fetchAs(Referral.class)
			.mappedBy((types, record) -> Referral.from(record))
			.all()
			.collectMap(Referral::id);
	}

	private Mono<Referral> referral(String cypher, Map<String, Object> parameters) {
		return client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Referral.class)
			.mappedBy((types, record) -> Referral.from(record))
			.one();
	}
}
