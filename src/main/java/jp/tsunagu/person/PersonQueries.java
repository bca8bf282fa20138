package jp.tsunagu.person;

import static jp.tsunagu.graph.CypherParameters.blankToNull;
import static jp.tsunagu.graph.CypherParameters.nameOf;

import java.util.Collection;
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
import jp.tsunagu.graph.PagedQuery;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.PersonInputs.PersonFilter;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every Cypher statement that reads people and their ties. */
@Repository
public class PersonQueries {

	// role and organisation are matched on the same WORKS_FOR tie, so "CSW at this organisation" means exactly that.
	static final PagedQuery LIST = new PagedQuery(CypherTemplate.compose("""
			MATCH (p:Person)
			WHERE ($includeArchived OR NOT coalesce(p.archived, false))
			  AND ($label IS NULL OR $label IN labels(p))
			  AND ($text IS NULL OR p.name CONTAINS $text)
			  AND (($role IS NULL AND $organizationId IS NULL) OR EXISTS {
			        MATCH (p)-[w:WORKS_FOR]->(o:Organization)
			        WHERE ($role IS NULL OR w.role = $role) AND ($organizationId IS NULL OR o.id = $organizationId) })
			  AND ($area IS NULL
			       OR EXISTS { (p)-[:ASSIGNED_TO]->(:Area){{within}}(:Area {code: $area}) }
			       OR EXISTS { (p)-[:WORKS_FOR]->(:Organization)-[:LOCATED_IN]->(:Area){{within}}(:Area {code: $area}) })
			""", Map.of("within", Areas.WITHIN)), "p", "name");

	private final ReactiveNeo4jClient client;

	private final NodesById nodes;

	private final BatchLoader batches;

	PersonQueries(ReactiveNeo4jClient client, BatchLoader batches, NodesById nodes) {
		this.client = client;
		this.batches = batches;
		this.nodes = nodes;
	}

	public Mono<Person> byId(String id) {
		return nodes.one("Person", id, Person::from);
	}

	/** People by id, in one statement; for other features' batch loaders. */
	public Flux<Person> byIds(Collection<String> ids) {
		return nodes.many("Person", ids, Person::from);
	}

	Mono<Connection<Person>> list(PersonFilter filter, PageRequest page) {
		PersonFilter f = filter == null ? PersonFilter.NONE : filter;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("includeArchived", Boolean.TRUE.equals(f.includeArchived()));
		parameters.put("label", f.kind() == null ? null : f.kind().nodeLabel());
		parameters.put("role", nameOf(f.role()));
		parameters.put("organizationId", blankToNull(f.organizationId()));
		parameters.put("area", blankToNull(f.area()));
		parameters.put("text", blankToNull(f.text()));
		return LIST.fetch(client, parameters, page, value -> Person.from(value.asNode()), Person::name, Person::id);
	}

	Mono<Map<Person, List<Area>>> assignedDistricts(List<Person> people) {
		return batches.load(people, Person::id, """
				UNWIND $ids AS id MATCH (:Person {id: id})-[:ASSIGNED_TO]->(d:Area)
				RETURN id, d ORDER BY d.code""", (person, record) -> Area.from(record.get("d").asNode()));
	}

	Mono<Map<Person, Organization>> commissionerCouncils(List<Person> people) {
		return batches.loadOne(people, Person::id, """
				UNWIND $ids AS id MATCH (:Person {id: id})-[:BELONGS_TO]->(c:Organization)
				RETURN id, c ORDER BY c.name""", (person, record) -> Organization.from(record.get("c").asNode()));
	}

	Mono<Map<Person, List<StaffAssignment>>> employment(List<Person> people) {
		return batches.load(people, Person::id, """
				UNWIND $ids AS id MATCH (:Person {id: id})-[w:WORKS_FOR]->(o:Organization)
				RETURN id, w, o ORDER BY o.name, o.id""",
				(person, record) -> StaffAssignment.from(person, Organization.from(record.get("o").asNode()),
						record.get("w").asRelationship()));
	}

	/** Archived people are left out, as they are from every list. */
	Mono<Map<Organization, List<StaffAssignment>>> staff(List<Organization> organizations) {
		return batches.load(organizations, Organization::id, """
				UNWIND $ids AS id MATCH (:Organization {id: id})<-[w:WORKS_FOR]-(p:Person)
				WHERE NOT coalesce(p.archived, false)
				RETURN id, w, p ORDER BY p.name, p.id""",
				(organization, record) -> StaffAssignment.from(Person.from(record.get("p").asNode()), organization,
						record.get("w").asRelationship()));
	}

	Mono<Boolean> isAssigned(String personId, String districtCode) {
		return client.query("RETURN EXISTS { (:Person {id: $personId})-[:ASSIGNED_TO]->(:Area {code: $code}) } AS found")
			.bind(personId)
			.to("personId")
			.bind(districtCode)
			.to("code")
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("found").asBoolean())
			.one();
	}

	Mono<Boolean> worksFor(String personId, String organizationId) {
		return client
			.query("RETURN EXISTS { (:Person {id: $personId})-[:WORKS_FOR]->(:Organization {id: $organizationId}) } AS found")
			.bind(personId)
			.to("personId")
			.bind(organizationId)
			.to("organizationId")
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("found").asBoolean())
			.one();
	}
}
