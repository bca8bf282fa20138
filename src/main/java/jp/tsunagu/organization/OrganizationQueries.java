package jp.tsunagu.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tsunagu.naming.Reading;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.BatchLoader;
import jp.tsunagu.graph.ChildList;
import jp.tsunagu.graph.ChildLists;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.FilteredMatch;
import jp.tsunagu.graph.NodesById;
import jp.tsunagu.graph.PagedQuery;
import static jp.tsunagu.graph.CypherParameters.*;
import jp.tsunagu.organization.OrganizationInputs.CreateOrganizationInput;
import jp.tsunagu.organization.OrganizationInputs.OrganizationFilter;
import jp.tsunagu.organization.OrganizationInputs.UpdateOrganizationInput;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every Cypher statement of the organisation feature. */
@Repository
public class OrganizationQueries implements ChildList.Declarations {

	static final ChildList<Organization, Area> LOCATION = ChildList.one("Organization", "location", "Organization",
			"MATCH ({{parent}})-[:LOCATED_IN]->({{child}}:Area)", (o, row) -> Area.from(row.get("node").asNode()));

	static final ChildList<Organization, Area> SERVED_AREAS = ChildList.many("Organization", "servedAreas",
			"Organization", "MATCH ({{parent}})-[:SERVES]->({{child}}:Area)", "{{child}}.code",
			(o, row) -> Area.from(row.get("node").asNode()));

	static final ChildList<Organization, Organization> OPERATOR = ChildList
		.<Organization, Organization>one("Organization", "operator", "Organization", "MATCH ({{parent}})<-[:OPERATES]-({{child}}:Organization)",
				(o, row) -> Organization.from(row.get("node").asNode()))
		.nesting("", "Organization", operator -> operator);

	static final ChildList<Organization, Organization> FACILITIES = ChildList
		.<Organization, Organization>many("Organization", "facilities", "Organization", """
				MATCH ({{parent}})-[:OPERATES]->({{child}}:Organization)
				WHERE NOT {{child}}.archived""", "{{child}}.name", (o, row) -> Organization.from(row.get("node").asNode()))
		.nesting("", "Organization", facility -> facility);

	static final ChildList<Organization, Collaboration> COLLABORATIONS = ChildList.many("Organization",
			"collaborations", "Organization", "MATCH ({{parent}})-[{{tie}}:COLLABORATES_WITH]-({{child}}:Organization)",
			"{{child}}.name", (o, row) -> Collaboration.from(o, Organization.from(row.get("node").asNode()),
					row.get("tie").asRelationship()));

	private static final String BY_AREA = CypherTemplate.compose("EXISTS { (o)-[:LOCATED_IN]->(:Area){{within}}(:Area {code: $area}) }",
			Map.of("within", Areas.WITHIN));

	private static final String FROM_AREA = CypherTemplate.compose("""
			MATCH (:Area {code: $area}){{containing}}(:Area)<-[:LOCATED_IN]-(o:Organization)
			WITH DISTINCT o""", Map.of("containing", Areas.CONTAINING));

	private static final String BY_NEED = """
			EXISTS {
			  MATCH (o)-[:PROVIDES]->(s:Service)-[:ADDRESSES]->(:Need)-[:BROADER*0..3]->(:Need {code: $need})
			  WHERE NOT s.archived }""";

	private static final String FROM_NEED = """
			MATCH (:Need {code: $need})<-[:BROADER*0..3]-(:Need)<-[:ADDRESSES]-(s:Service)<-[:PROVIDES]-(o:Organization)
			WHERE NOT s.archived
			WITH DISTINCT o""";

	private static final String BY_FIELD = "EXISTS { (o)-[:IN_FIELD]->(:Field {code: $field}) }";

	private static final String FROM_FIELD = "MATCH (:Field {code: $field})<-[:IN_FIELD]-(o:Organization)";

	private static final String BY_KIND = "o.kind = $kind";

	private static final String FROM_KIND = "MATCH (o:Organization {kind: $kind})";

	private static final String BY_TEXT = "(o.name CONTAINS $text OR o.nameKana CONTAINS $text)";

	private final ReactiveNeo4jClient client;

	private final NodesById nodes;

	private final BatchLoader batches;

	OrganizationQueries(ReactiveNeo4jClient client, BatchLoader batches, NodesById nodes) {
		this.client = client;
		this.batches = batches;
		this.nodes = nodes;
	}

	public Mono<Organization> byId(String id) {
		return nodes.one("Organization", id, Organization::from);
	}

	/** The organisation with the child fields {@code children} selects, read in the same statement. */
	Mono<Organization> byId(String id, ChildLists.Selected children) {
		return nodes.one("Organization", id, children, Organization::from);
	}

	@Override
	public List<ChildList<?, ?>> childLists() {
		return List.of(LOCATION, SERVED_AREAS, OPERATOR, FACILITIES, COLLABORATIONS);
	}

	/** Organisations by id, in one statement; for other features' batch loaders. */
	public Flux<Organization> byIds(Collection<String> ids) {
		return nodes.many("Organization", ids, Organization::from);
	}

	/** Starts from the area, else the need, else the field, else the kind: the most selective filter given. */
	Mono<Connection<Organization>> list(OrganizationFilter filter, PageRequest page, ChildLists.Selected children) {
		OrganizationFilter f = filter == null ? OrganizationFilter.NONE : filter;
		FilteredMatch match = new FilteredMatch("o", "MATCH (o:Organization)")
			.filter("area", blankToNull(f.area()), BY_AREA, FROM_AREA)
			.filter("need", blankToNull(f.need()), BY_NEED, FROM_NEED)
			.filter("field", blankToNull(f.field()), BY_FIELD, FROM_FIELD)
			.filter("kind", f.kind() == null ? null : f.kind().name(), BY_KIND, FROM_KIND)
			.filter("text", blankToNull(f.text()), BY_TEXT);
		if (!Boolean.TRUE.equals(f.includeArchived())) {
			match.where("NOT o.archived");
		}
		return new PagedQuery(match.match(), "o", "name").fetch(client, match.parameters(), page, children,
				Organization::from, Organization::name, Organization::id);
	}

	Mono<List<KindCount>> countsByKind(String areaCode) {
		return client.query(CypherTemplate.compose("""
				MATCH (o:Organization)-[:LOCATED_IN]->(:Area){{within}}(:Area {code: $area})
				WHERE NOT o.archived
				RETURN o.kind AS kind, count(o) AS n ORDER BY n DESC, kind""", Map.of("within", Areas.WITHIN)))
			.bind(areaCode)
			.to("area")
			.fetchAs(KindCount.class)
			.mappedBy((types, record) -> new KindCount(OrganizationKind.valueOf(record.get("kind").asString()),
					record.get("n").asLong()))
			.all()
			.collectList();
	}

	Mono<Map<Organization, Area>> locations(List<Organization> organizations) {
		return batches.loadOne(organizations, Organization::id, LOCATION);
	}

	Mono<Map<Organization, List<Area>>> servedAreas(List<Organization> organizations) {
		return batches.load(organizations, Organization::id, SERVED_AREAS);
	}

	Mono<Map<Organization, Organization>> operators(List<Organization> facilities) {
		return batches.loadOne(facilities, Organization::id, OPERATOR);
	}

	Mono<Map<Organization, List<Organization>>> facilities(List<Organization> corporations) {
		return batches.load(corporations, Organization::id, FACILITIES);
	}

	Mono<Map<Organization, List<Collaboration>>> collaborations(List<Organization> organizations) {
		return batches.load(organizations, Organization::id, COLLABORATIONS);
	}

	Mono<Optional<String>> corporateNumberHolder(String corporateNumber, String exceptId) {
		return client.query("""
				MATCH (o:Organization {corporateNumber: $number}) WHERE o.id <> coalesce($exceptId, '')
				RETURN o.name AS name""")
			.bindAll(of("number", corporateNumber, "exceptId", exceptId))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("name").asString())
			.first()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	/**
	 * Takes the write lock of the area (released when the transaction ends), so that concurrent creates or renames
	 * there run one after the other and each sees the names the others wrote: the name check then holds.
	 */
	Mono<Void> lockArea(String code) {
		if (code == null || code.isBlank()) {
			return Mono.empty();
		}
		return client.query("MATCH (a:Area {code: $code}) SET a.nameLock = true REMOVE a.nameLock")
			.bind(code)
			.to("code")
			.run()
			.then();
	}

	/**
	 * The name of another organisation at the location that is this name written another way (the same notation, or
	 * the same reading with kana for kanji: こども食堂 and 子供食堂), if there is one.
	 */
	Mono<String> sameNameAt(String name, String locationCode, String exceptId) {
		return client.query("""
				MATCH (o:Organization)-[:LOCATED_IN]->(:Area {code: $location})
				WHERE (o.name = $name OR o.nameReading = $reading) AND o.id <> coalesce($exceptId, '') AND NOT o.archived
				RETURN o.name AS name""")
			.bindAll(of("name", name, "reading", Reading.key(name), "location", locationCode, "exceptId", exceptId))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("name").asString())
			.all()
			.filter(other -> Reading.sameName(name, other))
			.next();
	}

	Mono<Organization> create(CreateOrganizationInput input) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("name", input.name().strip());
		properties.put("nameKana", input.nameKana());
		properties.put("kind", input.kind().name());
		properties.put("councilLevel", nameOf(input.councilLevel()));
		properties.put("facilityField", nameOf(input.facilityField()));
		properties.put("agencyType", nameOf(input.agencyType()));
		properties.put("groupType", nameOf(input.groupType()));
		properties.put("corporateNumber", input.corporateNumber());
		properties.put("description", input.description());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("properties", properties);
		parameters.put("label", input.kind().nodeLabel());
		parameters.put("location", input.locationCode());
		parameters.put("served", listOrEmpty(input.servedAreaCodes()));
		parameters.put("fields", listOrEmpty(input.fieldCodes()));
		parameters.put("operatorId", input.operatorId());
		return client.query("""
				CREATE (o:Organization:$($label))
				SET o = $properties, o.id = randomUUID(), o.generated = false, o.archived = false,
				    o.createdAt = datetime(), o.updatedAt = datetime()
				WITH o
				MATCH (location:Area {code: $location})
				CREATE (o)-[:LOCATED_IN]->(location)
				WITH o
				CALL (o) { UNWIND $served AS code MATCH (a:Area {code: code}) MERGE (o)-[:SERVES]->(a) }
				CALL (o) { UNWIND $fields AS code MATCH (f:Field {code: code}) MERGE (o)-[:IN_FIELD]->(f) }
				CALL (o) { MATCH (c:SocialWelfareCorporation {id: $operatorId}) MERGE (c)-[:OPERATES]->(o) }
				RETURN o""")
			.bindAll(parameters)
			.fetchAs(Organization.class)
			.mappedBy((types, record) -> Organization.from(record.get("o").asNode()))
			.one();
	}

	Mono<Organization> update(UpdateOrganizationInput input) {
		Map<String, Object> changes = new HashMap<>();
		putIfPresent(changes, "name", input.name() == null ? null : input.name().strip());
		putIfPresent(changes, "nameKana", input.nameKana());
		putIfPresent(changes, "councilLevel", nameOf(input.councilLevel()));
		putIfPresent(changes, "facilityField", nameOf(input.facilityField()));
		putIfPresent(changes, "agencyType", nameOf(input.agencyType()));
		putIfPresent(changes, "groupType", nameOf(input.groupType()));
		putIfPresent(changes, "corporateNumber", input.corporateNumber());
		putIfPresent(changes, "description", input.description());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", input.id());
		parameters.put("changes", changes);
		parameters.put("location", input.locationCode());
		parameters.put("served", input.servedAreaCodes());
		parameters.put("fields", input.fieldCodes());
		parameters.put("operatorId", input.operatorId());
		return client.query("""
				MATCH (o:Organization {id: $id})
				SET o += $changes, o.updatedAt = datetime()
				WITH o
				CALL (o) {
				  WITH o WHERE $location IS NOT NULL
				  MATCH (o)-[old:LOCATED_IN]->() DELETE old
				  WITH DISTINCT o MATCH (a:Area {code: $location}) CREATE (o)-[:LOCATED_IN]->(a)
				}
				CALL (o) {
				  WITH o WHERE $served IS NOT NULL
				  OPTIONAL MATCH (o)-[old:SERVES]->() DELETE old
				  WITH DISTINCT o UNWIND $served AS code MATCH (a:Area {code: code}) MERGE (o)-[:SERVES]->(a)
				}
				CALL (o) {
				  WITH o WHERE $fields IS NOT NULL
				  OPTIONAL MATCH (o)-[old:IN_FIELD]->() DELETE old
				  WITH DISTINCT o UNWIND $fields AS code MATCH (f:Field {code: code}) MERGE (o)-[:IN_FIELD]->(f)
				}
				CALL (o) {
				  WITH o WHERE $operatorId IS NOT NULL
				  OPTIONAL MATCH (o)<-[old:OPERATES]-() DELETE old
				  WITH DISTINCT o MATCH (c:SocialWelfareCorporation {id: $operatorId}) MERGE (c)-[:OPERATES]->(o)
				}
				RETURN o""")
			.bindAll(parameters)
			.fetchAs(Organization.class)
			.mappedBy((types, record) -> Organization.from(record.get("o").asNode()))
			.one();
	}

	Mono<Organization> archive(String id) {
		return nodes.archive("Organization", id, Organization::from);
	}

	/** A network the organisation is a member of: its members and the areas it covers (who hear of its changes). */
	record MemberNetwork(String networkId, List<String> organizationIds, List<String> areaCodes) {
	}

	Flux<MemberNetwork> memberNetworks(String organizationId) {
		return client.query("""
				MATCH (:Organization {id: $id})-[:MEMBER_OF]->(n:Network) WHERE NOT coalesce(n.archived, false)
				RETURN n.id AS networkId,
				       COLLECT { MATCH (o:Organization)-[:MEMBER_OF]->(n) RETURN o.id } AS organizationIds,
				       COLLECT { MATCH (n)-[:COVERS]->(a:Area) RETURN a.code } AS areaCodes""")
			.bind(organizationId)
			.to("id")
			.fetchAs(MemberNetwork.class)
			.mappedBy((types, record) -> new MemberNetwork(record.get("networkId").asString(),
					record.get("organizationIds").asList(v -> v.asString()), record.get("areaCodes").asList(v -> v.asString())))
			.all();
	}

	Mono<Boolean> collaborationExists(String organizationId, String partnerId, CollaborationKind kind) {
		return client.query("""
				RETURN EXISTS { (:Organization {id: $a})-[:COLLABORATES_WITH {collaborationKind: $kind}]-(:Organization {id: $b}) } AS found""")
			.bindAll(of("a", organizationId, "b", partnerId, "kind", kind.name()))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("found").asBoolean())
			.one();
	}

	Mono<Collaboration> addCollaboration(OrganizationInputs.AddCollaborationInput input) {
		Map<String, Object> parameters = of("a", input.organizationId(), "b", input.partnerId(), "kind",
				input.kind().name());
		parameters.put("since", input.since());
		parameters.put("note", input.note());
		parameters.put("evidence", input.evidence());
		return client.query("""
				MATCH (a:Organization {id: $a}), (b:Organization {id: $b})
				CREATE (a)-[t:COLLABORATES_WITH {collaborationKind: $kind, since: $since, note: $note, evidence: $evidence}]->(b)
				RETURN a, b, t""")
			.bindAll(parameters)
			.fetchAs(Collaboration.class)
			.mappedBy((types, record) -> Collaboration.from(Organization.from(record.get("a").asNode()),
					Organization.from(record.get("b").asNode()), record.get("t").asRelationship()))
			.one();
	}

	Mono<Collaboration> removeCollaboration(OrganizationInputs.RemoveCollaborationInput input) {
		return client.query("""
				MATCH (a:Organization {id: $a})-[t:COLLABORATES_WITH {collaborationKind: $kind}]-(b:Organization {id: $b})
				WITH a, b, t, properties(t) AS removed
				DELETE t
				RETURN a, b, removed AS t""")
			.bindAll(of("a", input.organizationId(), "b", input.partnerId(), "kind", input.kind().name()))
			.fetchAs(Collaboration.class)
			.mappedBy((types, record) -> Collaboration.from(Organization.from(record.get("a").asNode()),
					Organization.from(record.get("b").asNode()), record.get("t")))
			.first();
	}

}
