package jp.tsunagu.network;

import static jp.tsunagu.graph.CypherParameters.blankToNull;
import static jp.tsunagu.graph.CypherParameters.nameOf;
import static jp.tsunagu.graph.CypherParameters.of;
import static jp.tsunagu.graph.CypherParameters.putIfPresent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.BatchLoader;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.NodesById;
import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.graph.PagedQuery;
import jp.tsunagu.network.NetworkInputs.ActivityFilter;
import jp.tsunagu.network.NetworkInputs.CreateActivityInput;
import jp.tsunagu.network.NetworkInputs.UpdateActivityInput;
import jp.tsunagu.organization.Organization;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Every Cypher statement about activities and who runs them. */
@Repository
public class ActivityQueries {

	static final PagedQuery LIST = new PagedQuery(CypherTemplate.compose("""
			MATCH (a:Activity)
			WHERE ($includeArchived OR NOT a.archived)
			  AND ($kind IS NULL OR a.activityKind = $kind)
			  AND ($text IS NULL OR a.name CONTAINS $text)
			  AND ($area IS NULL OR EXISTS { (a)-[:HELD_IN]->(:Area){{within}}(:Area {code: $area}) })
			""", Map.of("within", Areas.WITHIN)), "a", "name");

	private final ReactiveNeo4jClient client;

	private final NodesById nodes;

	private final BatchLoader batches;

	ActivityQueries(ReactiveNeo4jClient client, BatchLoader batches, NodesById nodes) {
		this.client = client;
		this.batches = batches;
		this.nodes = nodes;
	}

	public Mono<Activity> byId(String id) {
		return nodes.one("Activity", id, Activity::from);
	}

	Mono<Connection<Activity>> list(ActivityFilter filter, PageRequest page) {
		ActivityFilter f = filter == null ? ActivityFilter.NONE : filter;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("includeArchived", Boolean.TRUE.equals(f.includeArchived()));
		parameters.put("kind", nameOf(f.kind()));
		parameters.put("text", blankToNull(f.text()));
		parameters.put("area", blankToNull(f.area()));
		return LIST.fetch(client, parameters, page, value -> Activity.from(value.asNode()), Activity::name,
				Activity::id);
	}

	Mono<Map<Activity, List<Area>>> heldIn(List<Activity> activities) {
		return batches.load(activities, Activity::id, """
				UNWIND $ids AS id MATCH (:Activity {id: id})-[:HELD_IN]->(a:Area)
				RETURN id, a ORDER BY a.code""", (activity, r) -> Area.from(r.get("a").asNode()));
	}

	Mono<Map<Activity, List<ActivityRunner>>> runners(List<Activity> activities) {
		return batches.load(activities, Activity::id, """
				UNWIND $ids AS id MATCH (:Activity {id: id})<-[r:RUNS]-(x:Organization|Network)
				RETURN id, r, x ORDER BY CASE r.role WHEN 'LEAD' THEN 0 ELSE 1 END, x.name, x.id""",
				(activity, r) -> new ActivityRunner(MembersAndRunners.runner(r.get("x").asNode()),
						NodeValues.enumValue(r.get("r").asRelationship(), "role", RunnerRole.class)));
	}

	Mono<Map<Organization, List<ActivityRole>>> activitiesOfOrganizations(List<Organization> organizations) {
		return batches.load(organizations, Organization::id, """
				UNWIND $ids AS id MATCH (:Organization {id: id})-[r:RUNS]->(a:Activity)
				WHERE NOT a.archived
				RETURN id, r, a ORDER BY a.name, a.id""", (o, r) -> role(r));
	}

	Mono<Map<Network, List<ActivityRole>>> activitiesOfNetworks(List<Network> networks) {
		return batches.load(networks, Network::id, """
				UNWIND $ids AS id MATCH (:Network {id: id})-[r:RUNS]->(a:Activity)
				WHERE NOT a.archived
				RETURN id, r, a ORDER BY a.name, a.id""", (n, r) -> role(r));
	}

	private static ActivityRole role(org.neo4j.driver.Record row) {
		return new ActivityRole(Activity.from(row.get("a").asNode()),
				NodeValues.enumValue(row.get("r").asRelationship(), "role", RunnerRole.class));
	}

	/**
	 * Codes among {@code areaCodes} (or, when null, the areas activity {@code exceptId} is held in) where another
	 * live activity of this name is held.
	 */
	Mono<List<String>> areasWhereNameTaken(String name, List<String> areaCodes, String exceptId) {
		return client.query("""
				MATCH (other:Activity {name: $name})-[:HELD_IN]->(a:Area)
				WHERE other.id <> coalesce($exceptId, '') AND NOT other.archived
				  AND CASE WHEN $codes IS NULL THEN EXISTS { (:Activity {id: $exceptId})-[:HELD_IN]->(a) }
				      ELSE a.code IN $codes END
				RETURN collect(DISTINCT a.code) AS codes""")
			.bindAll(of("name", name, "codes", areaCodes, "exceptId", exceptId))
			.fetchAs(List.class)
			.mappedBy((types, record) -> record.get("codes").asList(v -> v.asString()))
			.one()
			.map(ActivityQueries::strings);
	}

	/** Whether the organisation or network is archived; empty when there is none with this id. */
	Mono<Boolean> runnerArchived(String runnerId) {
		return client.query("MATCH (x:Organization|Network {id: $id}) RETURN coalesce(x.archived, false) AS archived")
			.bind(runnerId)
			.to("id")
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("archived").asBoolean())
			.first();
	}

	/**
	 * How a runner stands towards an activity: its current role (null if it runs nothing there) and how many leads
	 * the activity has.
	 */
	record RunnerStanding(RunnerRole role, int leads) {

		boolean isOnlyLead() {
			return role == RunnerRole.LEAD && leads == 1;
		}
	}

	Mono<RunnerStanding> standing(String activityId, String runnerId) {
		return client.query("""
				MATCH (a:Activity {id: $activityId})
				OPTIONAL MATCH (:Organization|Network {id: $runnerId})-[r:RUNS]->(a)
				RETURN r.role AS role, COUNT { (:Organization|Network)-[:RUNS {role: 'LEAD'}]->(a) } AS leads""")
			.bindAll(of("activityId", activityId, "runnerId", runnerId))
			.fetchAs(RunnerStanding.class)
			.mappedBy((types, record) -> new RunnerStanding(NodeValues.enumValue(record, "role", RunnerRole.class),
					record.get("leads").asInt()))
			.first();
	}

	Mono<Activity> create(CreateActivityInput input) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("name", input.name().strip());
		properties.put("activityKind", input.kind().name());
		properties.put("description", input.description());
		properties.put("since", input.since());
		return client.query("""
				MATCH (lead:Organization|Network {id: $leadId})
				CREATE (a:Activity)
				SET a = $properties, a.id = randomUUID(), a.generated = false, a.archived = false,
				    a.createdAt = datetime(), a.updatedAt = datetime()
				CREATE (lead)-[:RUNS {role: 'LEAD'}]->(a)
				WITH a
				CALL (a) { UNWIND $areas AS code MATCH (x:Area {code: code}) MERGE (a)-[:HELD_IN]->(x) }
				RETURN a""")
			.bindAll(of("properties", properties, "areas", input.heldInCodes(), "leadId", input.leadId()))
			.fetchAs(Activity.class)
			.mappedBy((types, record) -> Activity.from(record.get("a").asNode()))
			.one();
	}

	Mono<Activity> update(UpdateActivityInput input) {
		Map<String, Object> changes = new HashMap<>();
		putIfPresent(changes, "name", input.name() == null ? null : input.name().strip());
		putIfPresent(changes, "activityKind", input.kind());
		putIfPresent(changes, "description", input.description());
		putIfPresent(changes, "since", input.since());
		return client.query("""
				MATCH (a:Activity {id: $id})
				SET a += $changes, a.updatedAt = datetime()
				WITH a
				CALL (a) {
				  WITH a WHERE $areas IS NOT NULL
				  OPTIONAL MATCH (a)-[old:HELD_IN]->() DELETE old
				  WITH DISTINCT a UNWIND $areas AS code MATCH (x:Area {code: code}) MERGE (a)-[:HELD_IN]->(x)
				}
				RETURN a""")
			.bindAll(of("id", input.id(), "changes", changes, "areas", input.heldInCodes()))
			.fetchAs(Activity.class)
			.mappedBy((types, record) -> Activity.from(record.get("a").asNode()))
			.one();
	}

	Mono<Activity> archive(String id) {
		return nodes.archive("Activity", id, Activity::from);
	}

	/** Adds the runner, or changes the role of an existing one; a null role keeps the old one (PARTNER when new). */
	Mono<Activity> addRunner(String activityId, String runnerId, RunnerRole role) {
		return client.query("""
				MATCH (a:Activity {id: $activityId})
				MATCH (x:Organization|Network {id: $runnerId})
				MERGE (x)-[r:RUNS]->(a)
				ON CREATE SET r.role = coalesce($role, 'PARTNER')
				ON MATCH SET r.role = coalesce($role, r.role)
				RETURN a""")
			.bindAll(of("runnerId", runnerId, "activityId", activityId, "role", nameOf(role)))
			.fetchAs(Activity.class)
			.mappedBy((types, record) -> Activity.from(record.get("a").asNode()))
			.one();
	}

	Mono<Activity> removeRunner(String activityId, String runnerId) {
		return client.query("""
				MATCH (:Organization|Network {id: $runnerId})-[r:RUNS]->(a:Activity {id: $activityId})
				DELETE r
				RETURN a""")
			.bindAll(of("runnerId", runnerId, "activityId", activityId))
			.fetchAs(Activity.class)
			.mappedBy((types, record) -> Activity.from(record.get("a").asNode()))
			.one();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(List<?> list) {
		return (List<String>) list;
	}
}
