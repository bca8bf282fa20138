package jp.tsunagu.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The four workloads of the comparison with @neo4j/graphql: the hub's document, the peer's document asking for the
 * same data in the peer's schema (bench/peer/type-defs.graphql), and for each answer its normal form, so that equal
 * data compares equal whatever the shape (a Relay connection or a list, a role on the membership or on the edge)
 * and the order of lists that neither side promises to sort the same way.
 */
enum PeerWorkload {

	ORGANIZATIONS_50("50 organisations with their areas, networks and services", """
			query Organizations50 { organizations(first: 50) { edges { node {
			  id name location { code name } servedAreas { code name }
			  memberships { role network { id name } } services { id name } } } } }""", """
			query Organizations50 { organizations(where: {archived: {eq: false}}, sort: [{name: ASC}, {id: ASC}], limit: 50) {
			  id name location { code name } servedAreas { code name }
			  networksConnection(where: {node: {archived: {eq: false}}}) { edges { properties { role } node { id name } } }
			  services(where: {archived: {eq: false}}) { id name } } }""") {

		@Override
		JsonNode normalHub(JsonNode data) {
			ArrayNode organizations = array();
			data.path("organizations").path("edges").forEach(edge -> {
				JsonNode node = edge.path("node");
				organizations.add(organization(node, node.path("location"), node.path("memberships"), m -> m));
			});
			return organizations;
		}

		@Override
		JsonNode normalPeer(JsonNode data) {
			ArrayNode organizations = array();
			data.path("organizations").forEach(node -> organizations.add(organization(node, node.path("location").path(0),
					node.path("networksConnection").path("edges"), PeerWorkload::peerMembership)));
			return organizations;
		}

		private ObjectNode organization(JsonNode node, JsonNode location, JsonNode memberships,
				Function<JsonNode, JsonNode> membership) {
			ObjectNode organization = object().put("id", node.path("id").asText()).put("name", node.path("name").asText());
			organization.set("location", location.isMissingNode() ? null : location);
			organization.set("servedAreas", sorted(node.path("servedAreas"), "code"));
			ArrayNode normalMemberships = array();
			memberships.forEach(m -> normalMemberships.add(membership.apply(m)));
			organization.set("memberships", sorted(normalMemberships, "network.id", "role"));
			organization.set("services", sorted(node.path("services"), "id"));
			return organization;
		}
	},

	MUNICIPALITY_PAGE("a page of 20 organisations of one municipality, with totalCount", """
			query MunicipalityPage($area: String!) { organizations(filter: {area: $area}, first: 20) {
			  totalCount edges { node { id name kind } } } }""", """
			query MunicipalityPage($area: String!) { organizationsConnection(first: 20, sort: [{name: ASC}, {id: ASC}], where: {
			  archived: {eq: false},
			  location: {some: {OR: [{code: {eq: $area}}, {parent: {some: {code: {eq: $area}}}},
			                         {parent: {some: {parent: {some: {code: {eq: $area}}}}}}]}}}) {
			  totalCount edges { node { id name kind } } } }""") {

		@Override
		JsonNode normalHub(JsonNode data) {
			return page(data.path("organizations"));
		}

		@Override
		JsonNode normalPeer(JsonNode data) {
			return page(data.path("organizationsConnection"));
		}

		private JsonNode page(JsonNode connection) {
			ArrayNode nodes = array();
			connection.path("edges").forEach(edge -> nodes.add(edge.path("node")));
			ObjectNode page = object().put("totalCount", connection.path("totalCount").asInt());
			page.set("nodes", nodes);
			return page;
		}
	},

	NETWORK_MEMBERS("one organisation → its networks → their members", """
			query OrganizationNetworks($id: ID!) { organization(id: $id) { id name memberships { role network { id name
			  members { role member { __typename ... on Organization { id name } ... on Person { id name } } } } } } }""", """
			query OrganizationNetworks($id: ID!) { organizations(where: {id: {eq: $id}}) { id name
			  networksConnection(where: {node: {archived: {eq: false}}}) { edges { properties { role } node { id name
			    membersConnection(where: {Organization: {node: {archived: {eq: false}}}, Person: {node: {archived: {eq: false}}}}) {
			      edges { properties { role } node { __typename ... on Organization { id name } ... on Person { id name } } } } } } } } }""") {

		@Override
		JsonNode normalHub(JsonNode data) {
			JsonNode organization = data.path("organization");
			ArrayNode memberships = array();
			organization.path("memberships").forEach(m -> {
				ArrayNode members = array();
				m.path("network").path("members").forEach(member -> members.add(member(member.path("role"), member.path("member"))));
				memberships.add(network(m.path("role"), m.path("network"), members));
			});
			return withMemberships(organization, memberships);
		}

		@Override
		JsonNode normalPeer(JsonNode data) {
			JsonNode organization = data.path("organizations").path(0);
			ArrayNode memberships = array();
			organization.path("networksConnection").path("edges").forEach(edge -> {
				ArrayNode members = array();
				edge.path("node").path("membersConnection").path("edges")
					.forEach(member -> members.add(member(member.path("properties").path("role"), member.path("node"))));
				memberships.add(network(edge.path("properties").path("role"), edge.path("node"), members));
			});
			return withMemberships(organization, memberships);
		}

		private ObjectNode member(JsonNode role, JsonNode member) {
			return object().put("role", role.asText())
				.put("type", member.path("__typename").asText())
				.put("id", member.path("id").asText())
				.put("name", member.path("name").asText());
		}

		private ObjectNode network(JsonNode role, JsonNode network, ArrayNode members) {
			ObjectNode normal = object().put("role", role.asText())
				.put("id", network.path("id").asText())
				.put("name", network.path("name").asText());
			normal.set("members", sorted(members, "id", "role"));
			return normal;
		}

		private JsonNode withMemberships(JsonNode organization, ArrayNode memberships) {
			ObjectNode normal = object().put("id", organization.path("id").asText())
				.put("name", organization.path("name").asText());
			normal.set("memberships", sorted(memberships, "id", "role"));
			return normal;
		}
	},

	FULL_TEXT("full-text \"小野\" on the directory_text index", """
			query Search($text: String!) { search(text: $text, types: [ORGANIZATION], first: 100) {
			  totalCount edges { node { score node { ... on Organization { id name } } } } } }""", """
			query Search($phrase: String!) { organizationsByText(phrase: $phrase, where: {node: {archived: {eq: false}}},
			  sort: [{score: DESC}], first: 100) { totalCount edges { score node { id name } } } }""") {

		@Override
		JsonNode normalHub(JsonNode data) {
			JsonNode connection = data.path("search");
			ArrayNode hits = array();
			connection.path("edges").forEach(edge -> hits.add(hit(edge.path("node").path("score"), edge.path("node").path("node"))));
			return hits(connection, hits);
		}

		@Override
		JsonNode normalPeer(JsonNode data) {
			JsonNode connection = data.path("organizationsByText");
			ArrayNode hits = array();
			connection.path("edges").forEach(edge -> hits.add(hit(edge.path("score"), edge.path("node"))));
			return hits(connection, hits);
		}

		private ObjectNode hit(JsonNode score, JsonNode node) {
			return object().put("id", node.path("id").asText())
				.put("name", node.path("name").asText())
				.put("score", "%.5f".formatted(score.asDouble()));
		}

		private JsonNode hits(JsonNode connection, ArrayNode hits) {
			ObjectNode normal = object().put("totalCount", connection.path("totalCount").asInt());
			normal.set("hits", sorted(hits, "id"));
			return normal;
		}
	};

	/** The word searched for, as a person types it (the hub) and as the Lucene phrase the hub makes of it (the peer). */
	static final String SEARCH_TEXT = "小野";

	private final String title;

	private final String hubDocument;

	private final String peerDocument;

	PeerWorkload(String title, String hubDocument, String peerDocument) {
		this.title = title;
		this.hubDocument = hubDocument;
		this.peerDocument = peerDocument;
	}

	String title() {
		return title;
	}

	/** The hub's request body for these targets. */
	String hubBody(Targets targets) {
		return HubClient.body(hubDocument, switch (this) {
			case ORGANIZATIONS_50 -> Map.of();
			case MUNICIPALITY_PAGE -> Map.of("area", targets.municipalityCode());
			case NETWORK_MEMBERS -> Map.of("id", targets.organizationId());
			case FULL_TEXT -> Map.of("text", SEARCH_TEXT);
		});
	}

	/** The peer's request body for these targets. */
	String peerBody(Targets targets) {
		return HubClient.body(peerDocument, switch (this) {
			case ORGANIZATIONS_50 -> Map.of();
			case MUNICIPALITY_PAGE -> Map.of("area", targets.municipalityCode());
			case NETWORK_MEMBERS -> Map.of("id", targets.organizationId());
			case FULL_TEXT -> Map.of("phrase", "\"" + SEARCH_TEXT + "\"");
		});
	}

	abstract JsonNode normalHub(JsonNode data);

	abstract JsonNode normalPeer(JsonNode data);

	/** What the workloads read: the municipality with the most organisations, the organisation in the most networks. */
	record Targets(String municipalityCode, String municipalityName, String organizationId, String organizationName) {
	}

	private static JsonNode peerMembership(JsonNode edge) {
		ObjectNode membership = object().put("role", edge.path("properties").path("role").asText());
		membership.set("network", edge.path("node"));
		return membership;
	}

	private static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	private static ArrayNode array() {
		return JsonNodeFactory.instance.arrayNode();
	}

	/** A copy of the array sorted by the given fields (dotted paths), for lists whose order neither side promises. */
	private static ArrayNode sorted(JsonNode items, String... fields) {
		List<JsonNode> list = new ArrayList<>();
		items.forEach(list::add);
		Comparator<JsonNode> order = Comparator.comparing(item -> text(item, fields[0]));
		for (int i = 1; i < fields.length; i++) {
			String field = fields[i];
			order = order.thenComparing(item -> text(item, field));
		}
		list.sort(order);
		ArrayNode sorted = array();
		list.forEach(sorted::add);
		return sorted;
	}

	private static String text(JsonNode item, String dottedPath) {
		JsonNode value = item;
		for (String part : dottedPath.split("\\.")) {
			value = value.path(part);
		}
		return value.asText();
	}
}
