package jp.tsunagu.casework;

import java.time.OffsetDateTime;
import java.util.Map;

import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.household.JapanDate;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.nameOf;
import static jp.tsunagu.graph.CypherParameters.of;

/**
 * Writes of the contact log. A contact is never deleted; each change adds a ContactVersion. A contact that reached the
 * household moves the last contact of its makers' support ties forward to its day (in Japan), never back.
 */
@Repository
class ContactWrites {

	/** After a write binding {@code c}: the support ties of its makers, advanced; then the contact's row. */
	private static final String ADVANCE_TIES_AND_RETURN = CypherTemplate.compose("""
			WITH c
			MATCH (c)-[:ABOUT]->(h:Household)
			CALL (c, h) {
			  MATCH (c)-[:MADE_BY]->(:Organization|Person)-[tie:SUPPORTS]->(h)
			  WHERE c.voidedAt IS NULL AND c.outcome IN {{reached}}
			  WITH tie, date(datetime({datetime: c.at, timezone: '{{zone}}'})) AS day
			  WHERE tie.lastContact IS NULL OR tie.lastContact < day
			  SET tie.lastContact = day
			  RETURN count(*) AS advanced
			}
			RETURN {{row}} AS row, [(h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(m:Municipality) | m.code][0] AS municipality""",
			Map.of("reached", ContactOutcome.REACHED_IN_CYPHER, "zone", JapanDate.ZONE.getId(), "row",
					ContactQueries.CONTACT_ROW));

	private static final String VERSION = """
			CREATE (c)-[:HAS_VERSION]->(:ContactVersion {change: $change, changedBy: $username, reason: $reason,
			        kind: c.kind, outcome: c.outcome, at: c.at, note: c.note, createdAt: datetime()})
			""";

	private final ReactiveNeo4jClient client;

	ContactWrites(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** A written contact and the municipality code of its household (for the figures' counters). */
	record Written(Contact contact, String municipality) {
	}

	Mono<Written> record(String householdId, String organizationId, String personId, ContactKind kind,
			OffsetDateTime at, ContactOutcome outcome, String note, String username) {
		return written("""
				MATCH (h:Household {id: $householdId})
				CREATE (c:Contact {id: randomUUID(), kind: $kind, outcome: $outcome, at: $at, note: $note,
				        recordedBy: $username, recordedByOrganizationId: $organizationId, createdAt: datetime(), version: 0})
				CREATE (c)-[:ABOUT]->(h)
				WITH c
				CALL (c) {
				  MATCH (maker:Organization|Person) WHERE maker.id IN [$organizationId, $personId]
				  CREATE (c)-[:MADE_BY]->(maker)
				}
				""" + VERSION + ADVANCE_TIES_AND_RETURN, of("householdId", householdId, "organizationId", organizationId,
				"personId", personId, "kind", nameOf(kind), "outcome", nameOf(outcome), "at", at, "note", note,
				"username", username, "change", ContactChangeKind.RECORDED.name(), "reason", null));
	}

	/** Null values keep what the contact had; a blank note clears it. */
	Mono<Written> amend(String contactId, ContactKind kind, OffsetDateTime at, ContactOutcome outcome, String note,
			String reason, String username) {
		return written("""
				MATCH (c:Contact {id: $id})
				SET c.kind = coalesce($kind, c.kind), c.outcome = coalesce($outcome, c.outcome), c.at = coalesce($at, c.at),
				    c.note = CASE WHEN $note IS NULL THEN c.note WHEN trim($note) = '' THEN null ELSE $note END,
				    c.version = c.version + 1, c.updatedAt = datetime()
				WITH c
				""" + VERSION + ADVANCE_TIES_AND_RETURN, of("id", contactId, "kind", nameOf(kind), "outcome",
				nameOf(outcome), "at", at, "note", note, "username", username, "change",
				ContactChangeKind.AMENDED.name(), "reason", reason));
	}

	/** A void leaves the support ties as they are: their last contact never moves back. */
	Mono<Written> voidContact(String contactId, String reason, String username) {
		return written("""
				MATCH (c:Contact {id: $id})
				SET c.voidedAt = datetime(), c.voidedBy = $username, c.voidReason = $reason, c.version = c.version + 1,
				    c.updatedAt = datetime()
				WITH c
				""" + VERSION + ADVANCE_TIES_AND_RETURN, of("id", contactId, "reason", reason, "username", username,
				"change", ContactChangeKind.VOIDED.name()));
	}

	private Mono<Written> written(String cypher, Map<String, Object> parameters) {
		return client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Written.class)
			.mappedBy((types, record) -> new Written(Contact.from(record.get("row")),
					record.get("municipality").asString(null)))
			.one();
	}
}
