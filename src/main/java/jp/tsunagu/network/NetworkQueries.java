package jp.tsunagu.network;

import static jp.tsunagu.graph.CypherParameters.blankToNull;
import static jp.tsunagu.graph.CypherParameters.nameOf;
import static jp.tsunagu.graph.CypherParameters.of;
import static jp.tsunagu.graph.CypherParameters.putIfPresent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.BatchLoader;
import jp.tsunagu.graph.ChildList;
import jp.tsunagu.graph.ChildLists;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.NodesById;
import jp.tsunagu.graph.PagedQuery;
import jp.tsunagu.network.NetworkInputs.AddMemberInput;
import jp.tsunagu.network.NetworkInputs.CreateNetworkInput;
import jp.tsunagu.network.NetworkInputs.NetworkFilter;
import jp.tsunagu.network.NetworkInputs.UpdateNetworkInput;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.Person;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Every Cypher statement about networks and their members. */
@Repository
public class NetworkQueries implements ChildList.Declarations {

	private static final String LIVE_NETWORK = "WHERE NOT {{child}}.archived";

	private static final String BY_NAME = "{{child}}.name, {{child}}.id";

	static final ChildList<Organization, Membership> ORGANIZATION_MEMBERSHIPS = ChildList
		.<Organization, Membership>many("Organization", "memberships", "Organization",
				"MATCH ({{parent}})-[{{tie}}:MEMBER_OF]->({{child}}:Network)\n" + LIVE_NETWORK, BY_NAME,
				(o, row) -> Membership.of(Network.from(row.get("node").asNode()), o, row.get("tie").asRelationship()))
		.nesting("network", "Network", Membership::network);

	static final ChildList<Person, Membership> PERSON_MEMBERSHIPS = ChildList
		.<Person, Membership>many("Person", "memberships", "Person",
				"MATCH ({{parent}})-[{{tie}}:MEMBER_OF]->({{child}}:Network)\n" + LIVE_NETWORK, BY_NAME,
				(p, row) -> Membership.of(Network.from(row.get("node").asNode()), p, row.get("tie").asRelationship()))
		.nesting("network", "Network", Membership::network);

	static final ChildList<Network, Membership> MEMBERS = ChildList.many("Network", "members", "Network", """
			MATCH ({{parent}})<-[{{tie}}:MEMBER_OF]-({{child}}:Organization|Person)
			WHERE NOT coalesce({{child}}.archived, false)""", BY_NAME,
			(n, row) -> Membership.of(n, MembersAndRunners.member(row.get("node").asNode()),
					row.get("tie").asRelationship()));

	static final ChildList<Network, Area> COVERED_AREAS = ChildList.many("Network", "coveredAreas", "Network",
			"MATCH ({{parent}})-[:COVERS]->({{child}}:Area)", "{{child}}.code",
			(n, row) -> Area.from(row.get("node").asNode()));

	static final ChildList<Network, Network> PARENT = ChildList
		.<Network, Network>one("Network", "parent", "Network", "MATCH ({{parent}})-[:SUBCOMMITTEE_OF]->({{child}}:Network)",
				(n, row) -> Network.from(row.get("node").asNode()))
		.nesting("", "Network", parent -> parent);

	static final ChildList<Network, Network> SUBCOMMITTEES = ChildList
		.<Network, Network>many("Network", "subcommittees", "Network",
				"MATCH ({{parent}})<-[:SUBCOMMITTEE_OF]-({{child}}:Network)\n" + LIVE_NETWORK, BY_NAME,
				(n, row) -> Network.from(row.get("node").asNode()))
		.nesting("", "Network", subcommittee -> subcommittee);

	static final PagedQuery LIST = new PagedQuery(CypherTemplate.compose("""
			MATCH (n:Network)
			WHERE ($includeArchived OR NOT n.archived)
			  AND ($kind IS NULL OR n.networkKind = $kind)
			  AND ($text IS NULL OR n.name CONTAINS $text)
			  AND ($area IS NULL OR EXISTS { (n)-[:COVERS]->(:Area){{within}}(:Area {code: $area}) })
			  AND ($memberId IS NULL OR EXISTS { (n)<-[:MEMBER_OF]-(:Organization|Person {id: $memberId}) })
			""", Map.of("within", Areas.WITHIN)), "n", "name");

	/** One page of a network's members and their count; PagedQuery cannot carry the tie, so it is spelled out. */
	static final String MEMBER_PAGE = """
			MATCH (n:Network {id: $networkId})
			CALL (n) {
			  MATCH (n)<-[:MEMBER_OF]-(m:Organization|Person) WHERE NOT coalesce(m.archived, false)
			  RETURN count(m) AS total
			}
			CALL (n) {
			  MATCH (n)<-[r:MEMBER_OF]-(m:Organization|Person)
			  WHERE NOT coalesce(m.archived, false)
			    AND ($afterKey IS NULL OR m.name > $afterKey OR (m.name = $afterKey AND m.id > $afterId))
			  WITH r, m ORDER BY m.name, m.id LIMIT $limit
			  RETURN collect({tie: r, member: m}) AS page
			}
			RETURN n, total, page
			""";

	private final ReactiveNeo4jClient client;

	private final NodesById nodes;

	private final BatchLoader batches;

	NetworkQueries(ReactiveNeo4jClient client, BatchLoader batches, NodesById nodes) {
		this.client = client;
		this.batches = batches;
		this.nodes = nodes;
	}

	public Mono<Network> byId(String id) {
		return nodes.one("Network", id, Network::from);
	}

	/** The network with the child fields {@code children} selects, read in the same statement. */
	Mono<Network> byId(String id, ChildLists.Selected children) {
		return nodes.one("Network", id, children, Network::from);
	}

	Mono<Connection<Network>> list(NetworkFilter filter, PageRequest page, ChildLists.Selected children) {
		NetworkFilter f = filter == null ? NetworkFilter.NONE : filter;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("includeArchived", Boolean.TRUE.equals(f.includeArchived()));
		parameters.put("kind", nameOf(f.kind()));
		parameters.put("text", blankToNull(f.text()));
		parameters.put("area", blankToNull(f.area()));
		parameters.put("memberId", blankToNull(f.memberId()));
		return LIST.fetch(client, parameters, page, children, Network::from, Network::name, Network::id);
	}

	Mono<Connection<Membership>> memberPage(String networkId, PageRequest page) {
		return client.query(MEMBER_PAGE)
			.bindAll(of("networkId", networkId, "afterKey", page.afterKey(), "afterId", page.afterId(), "limit",
					page.limitPlusOne()))
			.fetchAs(MemberPage.class)
			.mappedBy((types, record) -> {
				Network network = Network.from(record.get("n").asNode());
				List<Membership> rows = record.get("page")
					.asList(row -> Membership.of(network, MembersAndRunners.member(row.get("member").asNode()),
							row.get("tie").asRelationship()));
				return new MemberPage(rows, record.get("total").asLong());
			})
			.one()
			.switchIfEmpty(Mono.error(() -> new InvalidArgumentException("networkId", "no network with id " + networkId)))
			.map(result -> page.toConnection(result.rows(), result.total(), m -> MembersAndRunners.nameOf(m.member()),
					m -> MembersAndRunners.idOf(m.member())));
	}

	private record MemberPage(List<Membership> rows, long total) {
	}

	@Override
	public List<ChildList<?, ?>> childLists() {
		return List.of(ORGANIZATION_MEMBERSHIPS, PERSON_MEMBERSHIPS, MEMBERS, COVERED_AREAS, PARENT, SUBCOMMITTEES);
	}

	Mono<Map<Network, List<Area>>> coveredAreas(List<Network> networks) {
		return batches.load(networks, Network::id, COVERED_AREAS);
	}

	Mono<Map<Network, Network>> parents(List<Network> networks) {
		return batches.loadOne(networks, Network::id, PARENT);
	}

	Mono<Map<Network, List<Network>>> subcommittees(List<Network> networks) {
		return batches.load(networks, Network::id, SUBCOMMITTEES);
	}

	Mono<Map<Network, Integer>> memberCounts(List<Network> networks) {
		return batches.loadOne(networks, Network::id, """
				UNWIND $ids AS id MATCH (n:Network {id: id})
				RETURN id, COUNT { (n)<-[:MEMBER_OF]-(m:Organization|Person) WHERE NOT coalesce(m.archived, false) } AS members""",
				(n, r) -> r.get("members").asInt());
	}

	Mono<Map<Network, List<Membership>>> members(List<Network> networks) {
		return batches.load(networks, Network::id, MEMBERS);
	}

	Mono<Map<Organization, List<Membership>>> membershipsOfOrganizations(List<Organization> organizations) {
		return batches.load(organizations, Organization::id, ORGANIZATION_MEMBERSHIPS);
	}

	Mono<Map<Person, List<Membership>>> membershipsOfPeople(List<Person> people) {
		return batches.load(people, Person::id, PERSON_MEMBERSHIPS);
	}

	/**
	 * Codes among {@code areaCodes} (or, when null, the areas network {@code exceptId} covers) that another live
	 * network of this name covers.
	 */
	Mono<List<String>> areasWhereNameTaken(String name, List<String> areaCodes, String exceptId) {
		return client.query("""
				MATCH (other:Network {name: $name})-[:COVERS]->(a:Area)
				WHERE other.id <> coalesce($exceptId, '') AND NOT other.archived
				  AND CASE WHEN $codes IS NULL THEN EXISTS { (:Network {id: $exceptId})-[:COVERS]->(a) }
				      ELSE a.code IN $codes END
				RETURN collect(DISTINCT a.code) AS codes""")
			.bindAll(of("name", name, "codes", areaCodes, "exceptId", exceptId))
			.fetchAs(List.class)
			.mappedBy((types, record) -> record.get("codes").asList(v -> v.asString()))
			.one()
			.map(NetworkQueries::strings);
	}

	/** Whether {@code id} lies above {@code parentId} already, so making it the parent would close a loop. */
	Mono<Boolean> isAncestorOf(String id, String parentId) {
		return client.query("""
				RETURN EXISTS { (:Network {id: $parentId})-[:SUBCOMMITTEE_OF*1..]->(:Network {id: $id}) } AS cycle""")
			.bindAll(of("id", id, "parentId", parentId))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("cycle").asBoolean())
			.one();
	}

	/** Whether the organisation or person is archived; empty when there is none with this id. */
	Mono<Boolean> memberArchived(String memberId) {
		return client.query("MATCH (m:Organization|Person {id: $id}) RETURN coalesce(m.archived, false) AS archived")
			.bind(memberId)
			.to("id")
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("archived").asBoolean())
			.first();
	}

	Mono<Network> create(CreateNetworkInput input) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("name", input.name().strip());
		properties.put("networkKind", input.kind().name());
		properties.put("tier", input.tier());
		properties.put("description", input.description());
		properties.put("foundedOn", input.foundedOn());
		return client.query("""
				CREATE (n:Network)
				SET n = $properties, n.id = randomUUID(), n.generated = false, n.archived = false,
				    n.createdAt = datetime(), n.updatedAt = datetime()
				WITH n
				CALL (n) { UNWIND $areas AS code MATCH (a:Area {code: code}) MERGE (n)-[:COVERS]->(a) }
				CALL (n) { MATCH (p:Network {id: $parentId}) MERGE (n)-[:SUBCOMMITTEE_OF]->(p) }
				RETURN n""")
			.bindAll(of("properties", properties, "areas", input.coveredAreaCodes(), "parentId", input.parentId()))
			.fetchAs(Network.class)
			.mappedBy((types, record) -> Network.from(record.get("n").asNode()))
			.one();
	}

	Mono<Network> update(UpdateNetworkInput input) {
		Map<String, Object> changes = new HashMap<>();
		putIfPresent(changes, "name", input.name() == null ? null : input.name().strip());
		putIfPresent(changes, "networkKind", input.kind());
		putIfPresent(changes, "tier", input.tier());
		putIfPresent(changes, "description", input.description());
		putIfPresent(changes, "foundedOn", input.foundedOn());
		return client.query("""
				MATCH (n:Network {id: $id})
				SET n += $changes, n.updatedAt = datetime()
				WITH n
				CALL (n) {
				  WITH n WHERE $areas IS NOT NULL
				  OPTIONAL MATCH (n)-[old:COVERS]->() DELETE old
				  WITH DISTINCT n UNWIND $areas AS code MATCH (a:Area {code: code}) MERGE (n)-[:COVERS]->(a)
				}
				CALL (n) {
				  WITH n WHERE $parentId IS NOT NULL
				  OPTIONAL MATCH (n)-[old:SUBCOMMITTEE_OF]->() DELETE old
				  WITH DISTINCT n MATCH (p:Network {id: $parentId}) MERGE (n)-[:SUBCOMMITTEE_OF]->(p)
				}
				RETURN n""")
			.bindAll(of("id", input.id(), "changes", changes, "areas", input.coveredAreaCodes(), "parentId",
					input.parentId()))
			.fetchAs(Network.class)
			.mappedBy((types, record) -> Network.from(record.get("n").asNode()))
			.one();
	}

	Mono<Network> archive(String id) {
		return nodes.archive("Network", id, Network::from);
	}

	/** Adds the member, or changes the role and date of an existing membership; a null role keeps the old one. */
	Mono<Membership> addMember(AddMemberInput input) {
		return client.query("""
				MATCH (n:Network {id: $networkId})
				MATCH (m:Organization|Person {id: $memberId})
				MERGE (m)-[r:MEMBER_OF]->(n)
				ON CREATE SET r.role = coalesce($role, 'MEMBER')
				ON MATCH SET r.role = coalesce($role, r.role)
				SET r.since = coalesce($since, r.since)
				RETURN m, r, n""")
			.bindAll(of("memberId", input.memberId(), "networkId", input.networkId(), "role", nameOf(input.role()),
					"since", input.since()))
			.fetchAs(Membership.class)
			.mappedBy((types, record) -> Membership.of(Network.from(record.get("n").asNode()),
					MembersAndRunners.member(record.get("m").asNode()), record.get("r").asRelationship()))
			.one();
	}

	/** Deletes the membership and returns it as it was; empty when there was none. */
	Mono<Membership> removeMember(String networkId, String memberId) {
		return client.query("""
				MATCH (m:Organization|Person {id: $memberId})-[r:MEMBER_OF]->(n:Network {id: $networkId})
				WITH m, n, r, properties(r) AS removed
				DELETE r
				RETURN m, n, removed""")
			.bindAll(of("memberId", memberId, "networkId", networkId))
			.fetchAs(Membership.class)
			.mappedBy((types, record) -> Membership.of(Network.from(record.get("n").asNode()),
					MembersAndRunners.member(record.get("m").asNode()), record.get("removed")))
			.first();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(List<?> list) {
		return (List<String>) list;
	}

	/** Whom a change of the network concerns: its member organisations and the codes of the areas it covers. */
	Mono<NetworkConcern> concerned(String networkId) {
		return client.query("""
				MATCH (n:Network {id: $networkId})
				RETURN COLLECT { MATCH (o:Organization)-[:MEMBER_OF]->(n) RETURN o.id } AS organizationIds,
				       COLLECT { MATCH (n)-[:COVERS]->(a:Area) RETURN a.code } AS areaCodes""")
			.bind(networkId)
			.to("networkId")
			.fetchAs(NetworkConcern.class)
			.mappedBy((types, record) -> new NetworkConcern(record.get("organizationIds").asList(v -> v.asString()),
					record.get("areaCodes").asList(v -> v.asString())))
			.one();
	}

	record NetworkConcern(List<String> organizationIds, List<String> areaCodes) {
	}
}
