package jp.tsunagu.plan;

import java.util.List;
import java.util.Map;

import jp.tsunagu.household.JapanDate;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/** Writes plan versions and task statuses, and marks tasks and reviews whose due date was announced. */
@Repository
class PlanWrites {

	/**
	 * A new version, only if the current one is still the version the caller saw: the SET locks the plan first, so a
	 * concurrent save waits and then finds a newer current version.
	 */
	private static final String SAVE = """
			MATCH (h:Household {id: $householdId})
			MERGE (h)<-[:FOR]-(p:SupportPlan)
			  ON CREATE SET p.id = randomUUID(), p.createdAt = datetime()
			SET p.savedAt = datetime()
			WITH h, p
			OPTIONAL MATCH (p)-[old:CURRENT]->(current:SupportPlanVersion)
			WITH h, p, old, coalesce(current.version, 0) AS version
			WHERE version = $expectedVersion
			DELETE old
			CREATE (v:SupportPlanVersion {id: randomUUID(), version: version + 1, goals: $goals, reviewOn: date($reviewOn),
			                              decisions: $decisions, savedBy: $username, savedAt: datetime(), createdAt: datetime()})
			CREATE (v)-[:VERSION_OF]->(p), (p)-[:CURRENT]->(v)
			WITH v
			CALL (v) { MATCH (o:Organization {id: $organizationId}) CREATE (v)-[:SAVED_FOR]->(o) }
			CALL (v) { MATCH (m:Meeting {id: $meetingId}) CREATE (v)-[:DECIDED_AT]->(m) }
			CALL (v) {
			  UNWIND $tasks AS task
			  MATCH (owner) WHERE (owner:Organization OR owner:Person) AND owner.id = task.ownerId
			  CREATE (t:PlanTask {id: randomUUID(), title: task.title, dueOn: date(task.dueOn), status: task.status,
			                      createdAt: datetime()})
			  CREATE (t)-[:PART_OF]->(v), (t)-[:OWNED_BY]->(owner)
			}
			RETURN v.version AS version""";

	private static final String DUE_TASKS = """
			MATCH (t:PlanTask)-[:PART_OF]->(:SupportPlanVersion)<-[:CURRENT]-(p:SupportPlan)-[:FOR]->(h:Household)
			WHERE t.dueOn <= %s AND t.status IN ['OPEN', 'IN_PROGRESS'] AND t.dueAnnouncedOn IS NULL
			MATCH (t)-[:OWNED_BY]->(owner)
			SET t.dueAnnouncedOn = %s
			RETURN {kind: 'TASK', id: t.id, planId: p.id, householdId: h.id, dueOn: toString(t.dueOn),
			        organizationIds: CASE WHEN owner:Organization THEN [owner.id] ELSE [] END,
			        personIds: CASE WHEN owner:Person THEN [owner.id] ELSE [] END} AS due
			UNION ALL
			MATCH (o:Organization)<-[:SAVED_FOR]-(v:SupportPlanVersion)<-[:CURRENT]-(p:SupportPlan)-[:FOR]->(h:Household)
			WHERE v.reviewOn <= %s AND v.reviewAnnouncedOn IS NULL
			SET v.reviewAnnouncedOn = %s
			RETURN {kind: 'REVIEW', id: 'review-' + v.id, planId: p.id, householdId: h.id, dueOn: toString(v.reviewOn),
			        organizationIds: [o.id], personIds: []} AS due""".formatted(JapanDate.TODAY_IN_CYPHER,
			JapanDate.TODAY_IN_CYPHER, JapanDate.TODAY_IN_CYPHER, JapanDate.TODAY_IN_CYPHER);

	private final ReactiveNeo4jClient client;

	PlanWrites(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/**
	 * @param tasks maps {title, ownerId, dueOn, status}
	 * @return the new version, or empty when the current version is no longer {@code expectedVersion}
	 */
	Mono<Integer> save(String householdId, int expectedVersion, List<String> goals, String reviewOn, String decisions,
			String meetingId, List<Map<String, Object>> tasks, String organizationId, String username) {
		return client.query(SAVE)
			.bindAll(of("householdId", householdId, "expectedVersion", expectedVersion, "goals", goals, "reviewOn",
					reviewOn, "decisions", decisions, "meetingId", meetingId, "tasks", tasks, "organizationId",
					organizationId, "username", username))
			.fetchAs(Integer.class)
			.mappedBy((types, record) -> record.get("version").asInt())
			.one();
	}

	Mono<Void> updateTask(String taskId, PlanTaskStatus status, String username) {
		return client.query("""
				MATCH (t:PlanTask {id: $taskId})
				SET t.status = $status, t.updatedAt = datetime(), t.updatedBy = $username""")
			.bindAll(of("taskId", taskId, "status", status.name(), "username", username))
			.run()
			.then();
	}

	/**
	 * Tasks and reviews that fell due and were not announced yet, marked announced: each falls due once. Call it in a
	 * transaction: it first locks the check's node, so replicas running the check at once take turns, and the later
	 * one finds the marks of the earlier.
	 */
	Flux<Map<String, Object>> markDue() {
		return client.query("MERGE (check:ScheduledCheck {name: 'plan-due'}) SET check.ranAt = datetime()")
			.run()
			.thenMany(client.query(DUE_TASKS).fetch().all())
			.map(row -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> due = (Map<String, Object>) row.get("due");
			return due;
		});
	}
}
