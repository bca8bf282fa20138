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

/**
 * The reads of referrals. A referral is only ever read by the organisations at either end of it, and a draft by its
 * sender alone.
 */
@Repository
class ReferralQueries {

	/** A referral {@code r} as one map: the node, both organisations, the household's id and municipality, history. */
	static final String REFERRAL_ROW = """
			{r: r, from: [(r)-[:FROM]->(f:Organization) | f][0], to: [(r)-[:TO]->(t:Organization) | t][0],
			 householdId: [(r)-[:FOR]->(h:Household) | h.id][0],
			 municipality: [(r)-[:FOR]->(:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(m:Municipality) | m.code][0],
			 history: [(r)-[:CHANGED]->(c:ReferralChange) | c]}""";

	/** Whether {@code r} is the organisation's to read. */
	private static final String READABLE = """
			EXISTS { (r)-[:FROM]->(:Organization {id: $organizationId}) }
			OR (r.status <> 'DRAFT' AND EXISTS { (r)-[:TO]->(:Organization {id: $organizationId}) })""";

	private static final NewestFirstQuery INBOX = new NewestFirstQuery("""
			MATCH (r:Referral)-[:FROM|TO]->(:Organization {id: $organizationId})
			WHERE ($status IS NULL OR r.status = $status)
			  AND ($incoming IS NULL OR $incoming = EXISTS { (r)-[:TO]->(:Organization {id: $organizationId}) })
			  AND (""" + READABLE + ")\n", "r", "createdAt");

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
				.map(referrals -> listed.map(entry -> referrals.get(entry.id()).seenBy(organizationId))));
	}

	private record Listed(String id, String createdAt) {
	}

	/** The referral as the organisation may see it, if it is the organisation's to read. */
	Mono<Referral> byId(String id, String organizationId) {
		return client.query("MATCH (r:Referral {id: $id}) WHERE " + READABLE + " RETURN " + REFERRAL_ROW + " AS row")
			.bindAll(of("id", id, "organizationId", organizationId))
			.fetchAs(Referral.class)
			.mappedBy((types, record) -> Referral.from(record.get("row")))
			.one()
			.map(referral -> referral.seenBy(organizationId));
	}

	/** Whether a referral of the household to the organisation is open (not closed). */
	Mono<Boolean> open(String householdId, String organizationId) {
		return client.query("""
				RETURN EXISTS { (:Household {id: $householdId})<-[:FOR]-(r:Referral)-[:TO]->(:Organization {id: $organizationId})
				                WHERE r.status IN $open } AS open""")
			.bindAll(of("householdId", householdId, "organizationId", organizationId, "open",
					ReferralStatus.names(ReferralStatus.OPEN)))
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

	/** Who hears of a consent's withdrawal: the organisations it named, the record holder, and the municipality. */
	Mono<ConsentAudience> consentAudience(String consentId) {
		return client.query("""
				MATCH (h:Household)-[:GAVE_CONSENT]->(c:Consent {id: $id})
				RETURN c.scope AS scope,
				       [(c)-[:TO]->(o:Organization) | o.id] + [(h)-[:RECORD_HELD_BY]->(holder:Organization) | holder.id] AS organizationIds,
				       [(h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(m:Municipality) | m.code] AS municipalityCodes""")
			.bind(consentId)
			.to("id")
			.fetchAs(ConsentAudience.class)
			.mappedBy((types, record) -> new ConsentAudience(record.get("scope").asString(""),
					record.get("organizationIds").asList(org.neo4j.driver.Value::asString).stream().distinct().toList(),
					record.get("municipalityCodes").asList(org.neo4j.driver.Value::asString)))
			.one();
	}

	record ConsentAudience(String scope, List<String> organizationIds, List<String> municipalityCodes) {
	}

	private Mono<Map<String, Referral>> byIds(List<String> ids) {
		return client.query("UNWIND $ids AS id MATCH (r:Referral {id: id}) RETURN " + REFERRAL_ROW + " AS row")
			.bind(ids)
			.to("ids")
			.fetchAs(Referral.class)
			.mappedBy((types, record) -> Referral.from(record.get("row")))
			.all()
			.collectMap(Referral::id);
	}
}
