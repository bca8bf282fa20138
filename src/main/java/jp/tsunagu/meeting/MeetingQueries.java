package jp.tsunagu.meeting;

import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.NewestFirstQuery;
import jp.tsunagu.household.HouseholdAccess;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/**
 * The Cypher of meetings. A meeting is read only by the staff of the organisations that took part in it or ran its
 * secretariat, and by the people who attended; so is the list of households it discussed.
 */
@Repository
class MeetingQueries {

	/** Meeting {@code m} concerns {@code $viewer}: their organisation took part or ran the secretariat, or they attended. */
	static final String PARTICIPANT = """
			($viewer.role IN ['COORDINATOR', 'MEMBER_STAFF', 'COMMISSIONED_VOLUNTEER']
			 AND (EXISTS { (m)-[:ATTENDED_BY|SECRETARIAT]->(:Organization {id: $viewer.organizationId}) }
			      OR EXISTS { (m)-[:ATTENDED_BY]->(:Person {id: $viewer.personId}) }))""";

	private static final String ROW = """
			MATCH (m)-[:HELD_BY]->(body)
			RETURN {m: m, body: body, bodyKind: CASE WHEN body:Network THEN 'NETWORK' ELSE 'ORGANIZATION' END,
			        secretariat: COLLECT { MATCH (m)-[:SECRETARIAT]->(o:Organization) RETURN o ORDER BY o.name },
			        organizations: COLLECT { MATCH (m)-[:ATTENDED_BY]->(o:Organization) RETURN o ORDER BY o.name },
			        people: COLLECT { MATCH (m)-[:ATTENDED_BY]->(p:Person) RETURN p ORDER BY p.name }} AS row""";

	private static final NewestFirstQuery LIST = new NewestFirstQuery(CypherTemplate.compose("""
			MATCH (m:Meeting)
			WHERE {{participant}}
			  AND ($bodyId IS NULL OR EXISTS { (m)-[:HELD_BY]->(body) WHERE body.id = $bodyId })
			""", Map.of("participant", PARTICIPANT)), "m", "heldAt");

	private final ReactiveNeo4jClient client;

	MeetingQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<Connection<Meeting>> list(HouseholdAccess access, String bodyId, PageRequest page) {
		return LIST
			.fetch(client, of("viewer", access.viewer(), "bodyId", bodyId), page,
					value -> new Listed(value.asNode().get("id").asString(),
							value.asNode().get("heldAt").asZonedDateTime().toOffsetDateTime().toString()),
					Listed::heldAt, Listed::id)
			.flatMap(listed -> byIds(listed.nodes().stream().map(Listed::id).toList())
				.map(meetings -> listed.map(entry -> meetings.get(entry.id()))));
	}

	private record Listed(String id, String heldAt) {
	}

	/** The meeting, if it concerns the viewer. */
	Mono<Meeting> byId(HouseholdAccess access, String id) {
		return client.query("MATCH (m:Meeting {id: $id}) WHERE " + PARTICIPANT + " WITH m " + ROW)
			.bindAll(of("id", id, "viewer", access.viewer()))
			.fetchAs(Meeting.class)
			.mappedBy((types, record) -> Meeting.from(record.get("row")))
			.one();
	}

	/** The households each meeting discussed, for the meetings that concern the viewer; others get none. */
	Mono<Map<String, List<DiscussedHousehold>>> households(HouseholdAccess access, List<String> meetingIds) {
		return client.query("""
				UNWIND $ids AS id
				MATCH (m:Meeting {id: id}) WHERE %s
				MATCH (m)-[d:DISCUSSED]->(h:Household)
				WITH m, d, h ORDER BY h.code
				RETURN {meetingId: m.id, householdId: h.id, code: h.code, basis: d.basis, statute: d.statute,
				        consentId: d.consentId} AS row""".formatted(PARTICIPANT))
			.bindAll(of("ids", meetingIds, "viewer", access.viewer()))
			.fetchAs(DiscussedHousehold.class)
			.mappedBy((types, record) -> DiscussedHousehold.from(record.get("row")))
			.all()
			.collectMultimap(DiscussedHousehold::meetingId)
			.map(byMeeting -> {
				Map<String, List<DiscussedHousehold>> lists = new java.util.HashMap<>();
				byMeeting.forEach((id, households) -> lists.put(id, List.copyOf(households)));
				return lists;
			});
	}

	/** The organisations that run the body's secretariat: a network's SECRETARIAT members, or the organisation itself. */
	Mono<Body> body(String bodyId) {
		return client.query("""
				MATCH (body) WHERE (body:Network OR body:Organization) AND body.id = $bodyId
				RETURN body.name AS name, body:Network AS network, coalesce(body.archived, false) AS archived,
				       CASE WHEN body:Organization THEN [body.id]
				            ELSE COLLECT { MATCH (s:Organization)-[:MEMBER_OF {role: 'SECRETARIAT'}]->(body) RETURN s.id } END
				       AS secretariat""")
			.bind(bodyId)
			.to("bodyId")
			.fetchAs(Body.class)
			.mappedBy((types, record) -> new Body(record.get("name").asString(), record.get("network").asBoolean(),
					record.get("archived").asBoolean(), record.get("secretariat").asList(v -> v.asString())))
			.one();
	}

	record Body(String name, boolean network, boolean archived, List<String> secretariat) {
	}

	/** The id of the household's active consent to sharing at case meetings naming the organisation, if any. */
	Mono<String> caseConferenceConsent(String householdId, String organizationId) {
		return client.query("""
				MATCH (:Household {id: $householdId})-[:GAVE_CONSENT]->(c:Consent {scope: 'CASE_CONFERENCE'})
				      -[:TO]->(:Organization {id: $organizationId})
				WHERE c.withdrawnAt IS NULL
				RETURN c.id AS id ORDER BY c.id LIMIT 1""")
			.bindAll(of("householdId", householdId, "organizationId", organizationId))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("id").asString())
			.one();
	}

	private Mono<Map<String, Meeting>> byIds(List<String> ids) {
		return client.query("UNWIND $ids AS id MATCH (m:Meeting {id: id}) WITH m " + ROW)
			.bind(ids)
			.to("ids")
			.fetchAs(Meeting.class)
			.mappedBy((types, record) -> Meeting.from(record.get("row")))
			.all()
			.collectMap(Meeting::id);
	}
}
