package jp.tsunagu.taxonomy;

import static jp.tsunagu.graph.CypherParameters.blankToNull;
import static jp.tsunagu.graph.CypherParameters.of;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.tsunagu.area.Area;
import jp.tsunagu.graph.BatchLoader;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.taxonomy.CommissionInputs.CreateCommissionInput;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every Cypher statement about commissions (委託) of 重層 functions. */
@Repository
class CommissionQueries {

	/** A commission with its three ends bound to o, f and m. */
	private static final String COMMISSION = "(o:Organization)<-[:COMMISSIONED_ORG]-(c:Commission)"
			+ "-[:FOR_FUNCTION]->(f:SupportFunction), (c)-[:IN_MUNICIPALITY]->(m:Area)";

	/** The columns {@link Commission#from} reads. */
	static final String RETURN_COMMISSION = "c, o.id AS organizationId, f.code AS functionCode, m.code AS municipalityCode";

	private final ReactiveNeo4jClient client;

	private final BatchLoader batches;

	CommissionQueries(ReactiveNeo4jClient client, BatchLoader batches) {
		this.client = client;
		this.batches = batches;
	}

	Flux<Commission> inMunicipality(String municipalityCode) {
		return client.query("""
				MATCH %s WHERE m.code = $code
				RETURN %s ORDER BY f.code, o.name, c.id""".formatted(COMMISSION, RETURN_COMMISSION))
			.bind(municipalityCode)
			.to("code")
			.fetchAs(Commission.class)
			.mappedBy((types, record) -> Commission.from(record))
			.all();
	}

	Mono<Map<Organization, List<Commission>>> ofOrganizations(List<Organization> organizations) {
		return batches.load(organizations, Organization::id, """
				UNWIND $ids AS id MATCH %s WHERE o.id = id
				RETURN id, %s ORDER BY f.code, m.code, c.id""".formatted(COMMISSION, RETURN_COMMISSION),
				(organization, record) -> Commission.from(record));
	}

	Flux<SupportFunction> functionsByCode(Collection<String> codes) {
		return client.query("UNWIND $codes AS code MATCH (f:SupportFunction {code: code}) RETURN f")
			.bind(List.copyOf(codes))
			.to("codes")
			.fetchAs(SupportFunction.class)
			.mappedBy((types, record) -> SupportFunction.from(record.get("f").asNode()))
			.all();
	}

	Flux<Area> areasByCode(Collection<String> codes) {
		return client.query("UNWIND $codes AS code MATCH (a:Area {code: code}) RETURN a")
			.bind(List.copyOf(codes))
			.to("codes")
			.fetchAs(Area.class)
			.mappedBy((types, record) -> Area.from(record.get("a").asNode()))
			.all();
	}

	Mono<Boolean> exists(String organizationId, String functionCode, String municipalityCode) {
		return client.query("""
				RETURN EXISTS {
				  MATCH %s
				  WHERE o.id = $organizationId AND f.code = $functionCode AND m.code = $municipalityCode
				} AS found""".formatted(COMMISSION))
			.bindAll(of("organizationId", organizationId, "functionCode", functionCode, "municipalityCode",
					municipalityCode))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("found").asBoolean())
			.one();
	}

	Mono<Commission> create(CreateCommissionInput input) {
		return client.query("""
				MATCH (o:Organization {id: $organizationId}), (f:SupportFunction {code: $functionCode}),
				      (m:Area {code: $municipalityCode})
				CREATE (o)<-[:COMMISSIONED_ORG]-(c:Commission)-[:FOR_FUNCTION]->(f), (c)-[:IN_MUNICIPALITY]->(m)
				SET c.id = randomUUID(), c.since = $since, c.note = $note, c.programme = $programme, c.mode = $mode,
				    c.periodFrom = $periodFrom, c.periodTo = $periodTo, c.generated = false, c.archived = false,
				    c.createdAt = datetime(), c.updatedAt = datetime()
				RETURN %s""".formatted(RETURN_COMMISSION))
			.bindAll(of("organizationId", input.organizationId(), "functionCode", input.functionCode(),
					"municipalityCode", input.municipalityCode(), "since", input.since(), "note",
					blankToNull(input.note()), "programme", input.programmeOrDefault().name(), "mode",
					input.modeOrDefault().name(), "periodFrom", input.periodFrom(), "periodTo", input.periodTo()))
			.fetchAs(Commission.class)
			.mappedBy((types, record) -> Commission.from(record))
			.one();
	}

	/** Deletes the commission and returns it as it was. */
	Mono<Commission> remove(String id) {
		return client.query("""
				MATCH %s WHERE c.id = $id
				WITH c, properties(c) AS removed, o, f, m
				DETACH DELETE c
				RETURN removed AS c, o.id AS organizationId, f.code AS functionCode, m.code AS municipalityCode"""
			.formatted(COMMISSION))
			.bind(id)
			.to("id")
			.fetchAs(Commission.class)
			.mappedBy((types, record) -> Commission.from(record))
			.first();
	}
}
