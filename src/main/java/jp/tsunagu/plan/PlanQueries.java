package jp.tsunagu.plan;

import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.PagedQuery;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdScope;
import jp.tsunagu.household.JapanDate;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/** The Cypher of support plans and to-do lists; a plan is read only by those who may see its household. */
@Repository
class PlanQueries {

	/** A task {@code t} with its {@code owner}, of plan {@code p} for household {@code h}, as a to-do entry. */
	static final String TASK_ENTRY = """
			{kind: 'TASK', id: t.id, title: t.title, dueOn: t.dueOn, dueKey: toString(t.dueOn) + ' ' + t.id,
			 status: t.status, owner: owner, ownerIsPerson: owner:Person, planId: p.id, householdId: h.id}""";

	private static final String PLAN = CypherTemplate.compose("""
			MATCH (h:Household {id: $householdId}) WHERE {{visible}}
			MATCH (h)<-[:FOR]-(p:SupportPlan)-[:CURRENT]->(current:SupportPlanVersion)
			MATCH (v:SupportPlanVersion)-[:VERSION_OF]->(p) WHERE v.version = coalesce($version, current.version)
			RETURN {p: p, v: v, householdId: h.id, latest: current.version,
			        meetingId: head(COLLECT { MATCH (v)-[:DECIDED_AT]->(m:Meeting) RETURN m.id }),
			        tasks: COLLECT { MATCH (t:PlanTask)-[:PART_OF]->(v) OPTIONAL MATCH (t)-[:OWNED_BY]->(owner)
			                         RETURN {{entry}} AS entry ORDER BY t.dueOn, t.id }} AS row""",
			Map.of("visible", HouseholdScope.VISIBLE, "entry", TASK_ENTRY));

	/**
	 * The viewer's to-do list: pending tasks owned by their organisation or by them, and the reviews due of the plans
	 * their organisation saved, of households they may see.
	 */
	private static final PagedQuery MY_TASKS = PagedQuery.once(CypherTemplate.compose("""
			CALL () {
			  MATCH (owner)<-[:OWNED_BY]-(t:PlanTask)
			  WHERE (owner:Organization OR owner:Person) AND owner.id IN [$viewer.organizationId, $viewer.personId]
			    AND t.status IN ['OPEN', 'IN_PROGRESS']
			  MATCH (t)-[:PART_OF]->(:SupportPlanVersion)<-[:CURRENT]-(p:SupportPlan)-[:FOR]->(h:Household)
			  WHERE {{visible}}
			  RETURN {{entry}} AS item
			  UNION
			  MATCH (owner:Organization {id: $viewer.organizationId})<-[:SAVED_FOR]-(v:SupportPlanVersion)
			        <-[:CURRENT]-(p:SupportPlan)-[:FOR]->(h:Household)
			  WHERE v.reviewOn <= {{today}} AND {{visible}}
			  RETURN {kind: 'REVIEW', id: 'review-' + v.id, title: '支援プランの見直し', dueOn: v.reviewOn,
			          dueKey: toString(v.reviewOn) + ' review-' + v.id, status: 'OPEN', owner: owner,
			          ownerIsPerson: false, planId: p.id, householdId: h.id} AS item
			}
			WITH item""", Map.of("visible", HouseholdScope.VISIBLE, "entry", TASK_ENTRY, "today", JapanDate.TODAY_IN_CYPHER)),
			"item", "dueKey");

	private final ReactiveNeo4jClient client;

	PlanQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** The plan's version (the current one when null), if the viewer may see the household. */
	Mono<SupportPlan> plan(HouseholdAccess access, String householdId, Integer version) {
		return client.query(PLAN)
			.bindAll(of("householdId", householdId, "version", version, "viewer", access.viewer()))
			.fetchAs(SupportPlan.class)
			.mappedBy((types, record) -> SupportPlan.from(record.get("row")))
			.one();
	}

	Mono<Connection<PlanTask>> myTasks(HouseholdAccess access, PageRequest page) {
		return MY_TASKS.fetch(client, of("viewer", access.viewer()), page, PlanTask::from,
				task -> task.dueOn() + " " + task.id(), PlanTask::id);
	}

	/** The current version number of the household's plan, 0 when it has none. */
	Mono<Integer> currentVersion(String householdId) {
		return client.query("""
				OPTIONAL MATCH (:Household {id: $householdId})<-[:FOR]-(:SupportPlan)-[:CURRENT]->(v:SupportPlanVersion)
				RETURN coalesce(v.version, 0) AS version""")
			.bind(householdId)
			.to("householdId")
			.fetchAs(Integer.class)
			.mappedBy((types, record) -> record.get("version").asInt())
			.one();
	}

	/** Whether the meeting discussed the household and the viewer's organisation took part in it or ran it. */
	Mono<Boolean> meetingDiscussed(HouseholdAccess access, String meetingId, String householdId) {
		return client.query("""
				RETURN EXISTS { (m:Meeting {id: $meetingId})-[:DISCUSSED]->(:Household {id: $householdId})
				                WHERE EXISTS { (m)-[:ATTENDED_BY|SECRETARIAT]->(:Organization {id: $viewer.organizationId}) } }
				       AS discussed""")
			.bindAll(of("meetingId", meetingId, "householdId", householdId, "viewer", access.viewer()))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("discussed").asBoolean())
			.one();
	}

	/** A task of a current plan: its household, and whether the viewer (organisation or person) owns it. */
	Mono<TaskOwnership> currentTask(HouseholdAccess access, String taskId) {
		return client.query("""
				MATCH (t:PlanTask {id: $taskId})-[:PART_OF]->(v:SupportPlanVersion)<-[:CURRENT]-(:SupportPlan)-[:FOR]->(h:Household)
				RETURN h.id AS householdId,
				       EXISTS { (t)-[:OWNED_BY]->(o) WHERE o.id IN [$viewer.organizationId, $viewer.personId] }
				       OR EXISTS { (v)-[:SAVED_FOR]->(:Organization {id: $viewer.organizationId}) } AS mayUpdate""")
			.bindAll(of("taskId", taskId, "viewer", access.viewer()))
			.fetchAs(TaskOwnership.class)
			.mappedBy((types, record) -> new TaskOwnership(record.get("householdId").asString(),
					record.get("mayUpdate").asBoolean()))
			.one();
	}

	record TaskOwnership(String householdId, boolean mayUpdate) {
	}

	/** The task as an entry of a to-do list. */
	Mono<PlanTask> task(String taskId) {
		return client.query("""
				MATCH (t:PlanTask {id: $taskId})-[:PART_OF]->(:SupportPlanVersion)-[:VERSION_OF]->(p:SupportPlan)-[:FOR]->(h:Household)
				OPTIONAL MATCH (t)-[:OWNED_BY]->(owner)
				RETURN %s AS entry""".formatted(TASK_ENTRY))
			.bind(taskId)
			.to("taskId")
			.fetchAs(PlanTask.class)
			.mappedBy((types, record) -> PlanTask.from(record.get("entry")))
			.one();
	}
}
