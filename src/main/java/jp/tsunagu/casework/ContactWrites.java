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
 * Writes of the contact log. A contact is never deleted; each change adds a ContactVersion. The last contact of a
 * support tie is the latest of the contacts its maker logged that reached the household (voided ones left out) and of
 * the date given on the tie itself ({@code reportedContact}): a new contact moves it forward, a void or an amendment to
 * an earlier day moves it back to what remains, in the statement of the change.
 */
@Repository
class ContactWrites {

	/** The latest day {@code maker} reached {@code h} by the log, or null. */
	private static final String LOGGED = CypherTemplate.compose("""
			CALL (maker, h) {
			  MATCH (h)<-[:ABOUT]-(x:Contact)-[:MADE_BY]->(maker)
			  WHERE x.voidedAt IS NULL AND x.outcome IN {{reached}}
			  RETURN max(date(datetime({datetime: x.at, timezone: '{{zone}}'}))) AS logged
			}
			""", Map.of("reached", ContactOutcome.REACHED_IN_CYPHER, "zone", JapanDate.ZONE.getId()));

	/**
	 * Before a change, on the ties of {@code maker} to {@code h}: a last contact later than the log explains was given
	 * on the tie itself; it is kept as {@code reportedContact}, so that moving back never goes behind it.
	 */
	private static final String KEEP_REPORTED = """
			WITH maker, tie, h
			""" + LOGGED + """
			WITH tie, logged WHERE tie.lastContact IS NOT NULL AND (logged IS NULL OR tie.lastContact > logged)
			  AND (tie.reportedContact IS NULL OR tie.lastContact > tie.reportedContact)
			SET tie.reportedContact = tie.lastContact
			""";

	/** After a write binding {@code c}: the support ties of its makers, set from the log; then the contact's row. */
	private static final String SET_TIES_AND_RETURN = CypherTemplate.compose("""
			WITH c
			MATCH (c)-[:ABOUT]->(h:Household)
			CALL (c, h) {
			  MATCH (c)-[:MADE_BY]->(maker:Organization|Person)-[tie:SUPPORTS]->(h)
			  {{logged}}
			  WITH tie, CASE WHEN logged IS NULL THEN tie.reportedContact
			                 WHEN tie.reportedContact IS NULL OR logged > tie.reportedContact THEN logged
			                 ELSE tie.reportedContact END AS latest
			  SET tie.lastContact = latest
			  RETURN count(*) AS ties
			}
			RETURN {{row}} AS row, [(h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(m:Municipality) | m.code][0] AS municipality""",
			Map.of("logged", LOGGED, "row", ContactQueries.CONTACT_ROW));

	/** Before amending or voiding {@code c}: {@link #KEEP_REPORTED} on its makers' ties. */
	private static final String KEEP_REPORTED_OF_MAKERS = """
			MATCH (c:Contact {id: $id})-[:ABOUT]->(h:Household)
			CALL (c, h) {
			  MATCH (c)-[:MADE_BY]->(maker:Organization|Person)-[tie:SUPPORTS]->(h)
			""" + KEEP_REPORTED + """
			}
			""";

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
				CALL (h) {
				  MATCH (maker:Organization|Person)-[tie:SUPPORTS]->(h) WHERE maker.id IN [$organizationId, $personId]
				""" + KEEP_REPORTED + """
				}
				CREATE (c:Contact {id: randomUUID(), kind: $kind, outcome: $outcome, at: $at, note: $note,
				        recordedBy: $username, recordedByOrganizationId: $organizationId, createdAt: datetime(), version: 0})
				CREATE (c)-[:ABOUT]->(h)
				WITH c
				CALL (c) {
				  MATCH (maker:Organization|Person) WHERE maker.id IN [$organizationId, $personId]
				  CREATE (c)-[:MADE_BY]->(maker)
				}
				""" + VERSION + SET_TIES_AND_RETURN, of("householdId", householdId, "organizationId", organizationId,
				"personId", personId, "kind", nameOf(kind), "outcome", nameOf(outcome), "at", at, "note", note,
				"username", username, "change", ContactChangeKind.RECORDED.name(), "reason", null));
	}

	/** Null values keep what the contact had; a blank note clears it. */
	Mono<Written> amend(String contactId, ContactKind kind, OffsetDateTime at, ContactOutcome outcome, String note,
			String reason, String username) {
		return written(KEEP_REPORTED_OF_MAKERS + """
				SET c.kind = coalesce($kind, c.kind), c.outcome = coalesce($outcome, c.outcome), c.at = coalesce($at, c.at),
				    c.note = CASE WHEN $note IS NULL THEN c.note WHEN trim($note) = '' THEN null ELSE $note END,
				    c.version = c.version + 1, c.updatedAt = datetime()
				WITH c
				""" + VERSION + SET_TIES_AND_RETURN, of("id", contactId, "kind", nameOf(kind), "outcome",
				nameOf(outcome), "at", at, "note", note, "username", username, "change",
				ContactChangeKind.AMENDED.name(), "reason", reason));
	}

	/** A void moves its makers' ties back to the latest contact that remains. */
	Mono<Written> voidContact(String contactId, String reason, String username) {
		return written(KEEP_REPORTED_OF_MAKERS + """
				SET c.voidedAt = datetime(), c.voidedBy = $username, c.voidReason = $reason, c.version = c.version + 1,
				    c.updatedAt = datetime()
				WITH c
				""" + VERSION + SET_TIES_AND_RETURN, of("id", contactId, "reason", reason, "username", username,
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
