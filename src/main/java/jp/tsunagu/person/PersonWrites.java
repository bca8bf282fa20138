package jp.tsunagu.person;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.HashMap;
import java.util.Map;

import jp.tsunagu.person.PersonInputs.AddStaffAssignmentInput;
import jp.tsunagu.person.PersonInputs.AssignVolunteerInput;
import jp.tsunagu.person.PersonInputs.CreatePersonInput;
import jp.tsunagu.person.PersonInputs.UpdatePersonInput;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Every Cypher statement that changes people and their ties; callers have validated the input. */
@Repository
class PersonWrites {

	private final ReactiveNeo4jClient client;

	PersonWrites(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<Person> create(CreatePersonInput input) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("name", input.name().strip());
		if (input.kind() == PersonKind.COMMISSIONED_VOLUNTEER) {
			properties.put("chiefChildCommissioner", Boolean.TRUE.equals(input.chiefChildCommissioner()));
		}
		return person("""
				CREATE (p:Person:$($label))
				SET p = $properties, p.id = randomUUID(), p.generated = false, p.archived = false,
				    p.createdAt = datetime(), p.updatedAt = datetime()
				WITH p
				CALL (p) { MATCH (c:Organization {id: $councilId}) CREATE (p)-[:BELONGS_TO]->(c) }
				RETURN p""", of("label", input.kind().nodeLabel(), "properties", properties, "councilId",
				input.commissionerCouncilId()));
	}

	Mono<Person> update(UpdatePersonInput input) {
		Map<String, Object> changes = new HashMap<>();
		if (input.name() != null) {
			changes.put("name", input.name().strip());
		}
		if (input.chiefChildCommissioner() != null) {
			changes.put("chiefChildCommissioner", input.chiefChildCommissioner());
		}
		// Keeps the tie (and its since) when the council stays the same.
		return person("""
				MATCH (p:Person {id: $id})
				SET p += $changes, p.updatedAt = datetime()
				WITH p
				CALL (p) {
				  WITH p WHERE $councilId IS NOT NULL
				  OPTIONAL MATCH (p)-[old:BELONGS_TO]->(previous:Organization) WHERE previous.id <> $councilId
				  DELETE old
				  WITH DISTINCT p
				  MATCH (c:Organization {id: $councilId}) MERGE (p)-[:BELONGS_TO]->(c)
				}
				RETURN p""", of("id", input.id(), "changes", changes, "councilId", input.commissionerCouncilId()));
	}

	Mono<Person> archive(String id) {
		return person("""
				MATCH (p:Person {id: $id})
				SET p.archived = true, p.updatedAt = datetime()
				RETURN p""", of("id", id));
	}

	/** Assigning again only changes since, and only when a new one is given. */
	Mono<Person> assign(AssignVolunteerInput input) {
		return person("""
				MATCH (p:Person {id: $personId})
				MATCH (d:District {code: $code})
				MERGE (p)-[a:ASSIGNED_TO]->(d)
				SET a.since = coalesce($since, a.since), p.updatedAt = datetime()
				RETURN p""", of("personId", input.personId(), "code", input.districtCode(), "since", input.since()));
	}

	Mono<Person> unassign(String personId, String districtCode) {
		return person("""
				MATCH (p:Person {id: $personId})-[a:ASSIGNED_TO]->(:Area {code: $code})
				DELETE a
				SET p.updatedAt = datetime()
				RETURN DISTINCT p""", of("personId", personId, "code", districtCode));
	}

	/** Adding an existing tie again updates its role, and its since when a new one is given. */
	Mono<Person> addStaffAssignment(AddStaffAssignmentInput input) {
		return person("""
				MATCH (p:Person {id: $personId})
				MATCH (o:Organization {id: $organizationId})
				MERGE (p)-[w:WORKS_FOR]->(o)
				SET w.role = $role, w.since = coalesce($since, w.since), p.updatedAt = datetime()
				RETURN p""", of("personId", input.personId(), "organizationId", input.organizationId(), "role",
				input.role().name(), "since", input.since()));
	}

	Mono<Person> removeStaffAssignment(String personId, String organizationId) {
		return person("""
				MATCH (p:Person {id: $personId})-[w:WORKS_FOR]->(:Organization {id: $organizationId})
				DELETE w
				SET p.updatedAt = datetime()
				RETURN DISTINCT p""", of("personId", personId, "organizationId", organizationId));
	}

	private Mono<Person> person(String cypher, Map<String, Object> parameters) {
		return client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Person.class)
			.mappedBy((types, record) -> Person.from(record.get("p").asNode()))
			.one();
	}
}
