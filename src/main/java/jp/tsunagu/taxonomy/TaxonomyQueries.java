package jp.tsunagu.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.tsunagu.graph.BatchLoader;
import jp.tsunagu.organization.Organization;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every Cypher read of the taxonomies (needs, fields, isolation kinds, 重層 functions, pathways, partner systems). */
@Repository
class TaxonomyQueries {

	private final ReactiveNeo4jClient client;

	private final BatchLoader batches;

	TaxonomyQueries(ReactiveNeo4jClient client, BatchLoader batches) {
		this.client = client;
		this.batches = batches;
	}

	Flux<Need> broadNeeds() {
		return all("MATCH (n:Need) WHERE NOT (n)-[:BROADER]->() RETURN n ORDER BY n.code", Need.class, Need::from);
	}

	Flux<Need> allNeeds() {
		return all("MATCH (n:Need) RETURN n ORDER BY n.code", Need.class, Need::from);
	}

	/** The needs directly below the one with this code; no value at all when there is no such need. */
	Mono<List<Need>> narrowerNeeds(String broaderCode) {
		return client.query("""
				MATCH (b:Need {code: $code})
				CALL (b) {
				  OPTIONAL MATCH (n:Need)-[:BROADER]->(b)
				  WITH n ORDER BY n.code
				  RETURN collect(n) AS narrower
				}
				RETURN narrower""")
			.bind(broaderCode)
			.to("code")
			.fetchAs(List.class)
			.mappedBy((types, record) -> record.get("narrower").asList(value -> Need.from(value.asNode())))
			.one()
			.map(list -> {
				@SuppressWarnings("unchecked")
				List<Need> needs = list;
				return needs;
			});
	}

	Mono<Need> need(String code) {
		return client.query("MATCH (n:Need {code: $code}) RETURN n")
			.bind(code)
			.to("code")
			.fetchAs(Need.class)
			.mappedBy((types, record) -> Need.from(record.get("n").asNode()))
			.one();
	}

	Flux<Field> fields() {
		return all("MATCH (n:Field) RETURN n ORDER BY n.code", Field.class, Field::from);
	}

	Flux<IsolationKind> isolationKinds() {
		return all("MATCH (n:IsolationKind) RETURN n ORDER BY n.code", IsolationKind.class, IsolationKind::from);
	}

	Flux<SupportFunction> topLevelFunctions() {
		return all("MATCH (n:SupportFunction) WHERE NOT (n)-[:PART_OF]->() RETURN n ORDER BY n.number, n.code",
				SupportFunction.class, SupportFunction::from);
	}

	/** Ordered so that pathway_2 comes before pathway_10, the order of the seed. */
	Flux<RiskPathway> riskPathways() {
		return all("MATCH (n:RiskPathway) RETURN n ORDER BY size(n.code), n.code", RiskPathway.class, RiskPathway::from);
	}

	Flux<PartnerSystem> partnerSystems() {
		return all("MATCH (n:PartnerSystem) RETURN n ORDER BY n.code", PartnerSystem.class, PartnerSystem::from);
	}

	Mono<Map<Need, List<Need>>> broader(List<Need> needs) {
		return batches.load(needs, Need::code, """
				UNWIND $ids AS code MATCH (:Need {code: code})-[:BROADER]->(b:Need)
				RETURN code AS id, b ORDER BY b.code""", (need, record) -> Need.from(record.get("b").asNode()));
	}

	Mono<Map<Need, List<Need>>> narrower(List<Need> needs) {
		return batches.load(needs, Need::code, """
				UNWIND $ids AS code MATCH (:Need {code: code})<-[:BROADER]-(n:Need)
				RETURN code AS id, n ORDER BY n.code""", (need, record) -> Need.from(record.get("n").asNode()));
	}

	Mono<Map<SupportFunction, SupportFunction>> parents(List<SupportFunction> functions) {
		return batches.loadOne(functions, SupportFunction::code, """
				UNWIND $ids AS code MATCH (:SupportFunction {code: code})-[:PART_OF]->(p:SupportFunction)
				RETURN code AS id, p""", (function, record) -> SupportFunction.from(record.get("p").asNode()));
	}

	Mono<Map<SupportFunction, List<SupportFunction>>> subAreas(List<SupportFunction> functions) {
		return batches.load(functions, SupportFunction::code, """
				UNWIND $ids AS code MATCH (:SupportFunction {code: code})<-[:PART_OF]-(s:SupportFunction)
				RETURN code AS id, s ORDER BY s.code""",
				(function, record) -> SupportFunction.from(record.get("s").asNode()));
	}

	Mono<Map<PartnerSystem, List<SupportFunction>>> functionsFed(List<PartnerSystem> systems) {
		return batches.load(systems, PartnerSystem::code, """
				UNWIND $ids AS code MATCH (:PartnerSystem {code: code})-[:FEEDS]->(f:SupportFunction)
				RETURN code AS id, f ORDER BY f.code""",
				(system, record) -> SupportFunction.from(record.get("f").asNode()));
	}

	Mono<Map<PartnerSystem, List<Need>>> needsOf(List<PartnerSystem> systems) {
		return batches.load(systems, PartnerSystem::code, """
				UNWIND $ids AS code MATCH (:PartnerSystem {code: code})-[:CONCERNS]->(n:Need)
				RETURN code AS id, n ORDER BY n.code""", (system, record) -> Need.from(record.get("n").asNode()));
	}

	Mono<Map<SupportFunction, List<PartnerSystem>>> systemsFeeding(List<SupportFunction> functions) {
		return batches.load(functions, SupportFunction::code, """
				UNWIND $ids AS code MATCH (:SupportFunction {code: code})<-[:FEEDS]-(ps:PartnerSystem)
				RETURN code AS id, ps ORDER BY ps.code""",
				(function, record) -> PartnerSystem.from(record.get("ps").asNode()));
	}

	/** Steps sharing a position happen together (併発, 「+」 in the seed); among them the order is the seed's wording. */
	Mono<Map<RiskPathway, List<Need>>> steps(List<RiskPathway> pathways) {
		return batches.load(pathways, RiskPathway::code, """
				UNWIND $ids AS code MATCH (:RiskPathway {code: code})-[step:HAS_STEP]->(n:Need)
				RETURN code AS id, n ORDER BY step.position, step.order, n.code""",
				(pathway, record) -> Need.from(record.get("n").asNode()));
	}

	/** The stages of each pathway: the needs of one stage occur together (「+」), a later stage follows (「→」). */
	Mono<Map<RiskPathway, List<RiskPathwayStage>>> stages(List<RiskPathway> pathways) {
		return batches.load(pathways, RiskPathway::code, """
				UNWIND $ids AS code MATCH (:RiskPathway {code: code})-[step:HAS_STEP]->(n:Need)
				WITH code, step.position AS position, n ORDER BY step.order, n.code
				WITH code, position, collect(n) AS needs ORDER BY position
				RETURN code AS id, position, needs""",
				(pathway, record) -> new RiskPathwayStage(record.get("position").asInt(),
						record.get("needs").asList(need -> Need.from(need.asNode()))));
	}

	Mono<Map<Organization, List<Field>>> fieldsOf(List<Organization> organizations) {
		return batches.load(organizations, Organization::id, """
				UNWIND $ids AS id MATCH (:Organization {id: id})-[:IN_FIELD]->(f:Field)
				RETURN id, f ORDER BY f.code""", (organization, record) -> Field.from(record.get("f").asNode()));
	}

	private <T> Flux<T> all(String cypher, Class<T> type, Function<MapAccessor, T> mapper) {
		return client.query(cypher).fetchAs(type).mappedBy((types, record) -> mapper.apply(record.get("n").asNode())).all();
	}
}
