package jp.tsunagu.meeting;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/** Writes a meeting with its secretariat, participants and the households discussed, in one statement. */
@Repository
class MeetingWrites {

	private static final String CREATE = """
			MATCH (body) WHERE (body:Network OR body:Organization) AND body.id = $bodyId
			CREATE (m:Meeting {id: randomUUID(), kind: $kind, title: $title, heldAt: datetime($heldAt), minutes: $minutes,
			                   recordedBy: $username, createdAt: datetime()})
			CREATE (m)-[:HELD_BY]->(body)
			WITH m
			CALL (m) { UNWIND $secretariat AS id MATCH (o:Organization {id: id}) CREATE (m)-[:SECRETARIAT]->(o) }
			CALL (m) { UNWIND $organizationIds AS id MATCH (o:Organization {id: id}) CREATE (m)-[:ATTENDED_BY]->(o) }
			CALL (m) { UNWIND $personIds AS id MATCH (p:Person {id: id}) CREATE (m)-[:ATTENDED_BY]->(p) }
			CALL (m) {
			  UNWIND $households AS d
			  MATCH (h:Household {id: d.householdId})
			  CREATE (m)-[:DISCUSSED {basis: d.basis, statute: d.statute, consentId: d.consentId}]->(h)
			}
			RETURN m.id AS id""";

	private final ReactiveNeo4jClient client;

	MeetingWrites(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/**
	 * @param households maps {householdId, basis, statute, consentId}
	 */
	Mono<String> create(String bodyId, MeetingKind kind, String title, String heldAt, String minutes,
			List<String> secretariat, List<String> organizationIds, List<String> personIds,
			List<Map<String, Object>> households, String username) {
		return client.query(CREATE)
			.bindAll(of("bodyId", bodyId, "kind", kind.name(), "title", title, "heldAt", heldAt, "minutes", minutes,
					"secretariat", secretariat, "organizationIds", organizationIds, "personIds", personIds,
					"households", households, "username", username))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("id").asString())
			.one();
	}
}
