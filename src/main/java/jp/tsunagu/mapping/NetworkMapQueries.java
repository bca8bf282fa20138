package jp.tsunagu.mapping;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import java.util.Map;
import jp.tsunagu.api.Connection.PageInfo;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.CypherTemplate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** One page of the network of an area, with its totals, in one statement. */
@Repository
class NetworkMapQueries {

	static final int MAX_PAGE = 1000;

	static final Set<NodeKind> DEFAULT_NODE_KINDS = EnumSet.of(NodeKind.ORGANIZATION, NodeKind.PERSON,
			NodeKind.NETWORK, NodeKind.ACTIVITY, NodeKind.SERVICE);

	/**
	 * The map's nodes are gathered from the area down (its sub-areas first), at most one more than the cap, so that an
	 * oversized map is known without gathering it all; it is then not drawn. Every node's degree is counted over the
	 * whole map so that the order, the cursor and the totals do not depend on the page, and a page's ties are those
	 * to nodes that come before the page's node in that order. Ties of one kind between one pair are one edge.
	 * <p>
	 * Whether a tie's far end is on the map, and where it stands in the order, is found by grouping rows by node (a
	 * hash lookup), never by searching a list of nodes: the members' ties, grouped by their far end together with one
	 * row per member, leave each member with its ties to other members (its degree is their number); the page's ties,
	 * grouped by their far end together with one row per member carrying its degree, give each far end's place.
	 */
	static final String CYPHER = CypherTemplate.compose("""
			OPTIONAL MATCH (area:Area {code: $area})
			CALL (area) {
			  MATCH (sub:Area){{within}}(area)
			  CALL (sub) {
			    MATCH (n:Organization)-[:LOCATED_IN|SERVES]->(sub) WHERE 'ORGANIZATION' IN $nodeKinds RETURN n
			    UNION
			    MATCH (n:StaffMember)-[:WORKS_FOR]->(o:Organization)-[:LOCATED_IN|SERVES]->(sub)
			    WHERE 'PERSON' IN $nodeKinds AND NOT coalesce(o.archived, false) RETURN n
			    UNION
			    MATCH (n:CommissionedVolunteer)-[:ASSIGNED_TO]->(sub) WHERE 'PERSON' IN $nodeKinds RETURN n
			    UNION
			    MATCH (n:Network)-[:COVERS]->(sub) WHERE 'NETWORK' IN $nodeKinds RETURN n
			    UNION
			    MATCH (n:Activity)-[:HELD_IN]->(sub) WHERE 'ACTIVITY' IN $nodeKinds RETURN n
			    UNION
			    MATCH (n:Service)-[:AVAILABLE_IN]->(sub) WHERE 'SERVICE' IN $nodeKinds RETURN n
			    UNION
			    WITH sub AS n WHERE 'AREA' IN $nodeKinds RETURN n
			  }
			  WITH DISTINCT n WHERE {{passable}}
			  WITH n LIMIT $gatherAtMost
			  RETURN collect(n) AS gathered
			}
			WITH area, size(gathered) AS gatheredCount,
			     CASE WHEN size(gathered) < $gatherAtMost THEN gathered ELSE [] END AS members
			CALL (members) {
			  CALL (members) {
			    UNWIND members AS member
			    RETURN member AS n, null AS r, null AS near
			    UNION ALL
			    UNWIND members AS near
			    MATCH (near)-[r:{{tieTypes}}]-(n)
			    WHERE type(r) IN $kinds AND n <> near
			    RETURN n, r, near
			  }
			  WITH n, collect(r) AS ties, collect(near) AS nears, count(*) > count(r) AS onTheMap
			  WHERE onTheMap
			  CALL (n, ties, nears) {
			    UNWIND range(0, size(ties) - 1) AS i
			    WITH ties[i] AS r, nears[i] AS near WHERE n.id < near.id
			    RETURN count(DISTINCT [type(r), near.id]) AS edgesUp
			  }
			  WITH n, size(ties) AS degree, ties, nears, edgesUp ORDER BY degree DESC, n.id
			  RETURN collect({node: n, degree: degree, ties: ties, nears: nears}) AS ranked, sum(edgesUp) AS tieCount
			}
			WITH area, gatheredCount, ranked, tieCount,
			     [e IN ranked WHERE $afterId IS NULL OR e.degree < $afterDegree
			                        OR (e.degree = $afterDegree AND e.node.id > $afterId)] AS rest
			WITH area, gatheredCount, ranked, size(ranked) AS total, tieCount, rest[..$first] AS page,
			     size(rest) > $first AS hasNext
			CALL (ranked, page) {
			  CALL (ranked, page) {
			    UNWIND ranked AS e
			    RETURN e.node AS q, e.degree AS qDegree, null AS p, null AS pDegree, null AS r
			    UNION ALL
			    UNWIND page AS e
			    UNWIND range(0, e.degree - 1) AS i
			    RETURN e.nears[i] AS q, null AS qDegree, e.node AS p, e.degree AS pDegree, e.ties[i] AS r
			  }
			  WITH q, max(qDegree) AS qDegree, collect(CASE WHEN r IS NOT NULL THEN {p: p, pDegree: pDegree, r: r} END) AS toPage
			  UNWIND toPage AS t
			  WITH q, t.p AS p, t.r AS r
			  WHERE qDegree > t.pDegree OR (qDegree = t.pDegree AND q.id < p.id)
			  WITH type(r) AS kind, CASE WHEN p.id < q.id THEN [p.id, q.id] ELSE [q.id, p.id] END AS pair,
			       collect(startNode(r).id) AS starts, collect(coalesce(r.role, r.collaborationKind)) AS roles
			  WITH kind, pair, starts, roles,
			       CASE WHEN all(s IN starts WHERE s = starts[0]) THEN starts[0] ELSE pair[0] END AS from
			  ORDER BY kind, from, pair
			  RETURN collect({kind: kind, from: from, to: CASE WHEN from = pair[0] THEN pair[1] ELSE pair[0] END,
			                  roles: roles, weight: size(starts)}) AS ties
			}
			RETURN area, gatheredCount, total, tieCount, [e IN page | {node: e.node, degree: e.degree}] AS page, hasNext,
			       ties
			""", Map.of("within", Areas.WITHIN, "tieTypes", TieRules.TYPES, "passable", TieRules.passable("n")));

	private final ReactiveNeo4jClient client;

	private final int maxMapNodes;

	NetworkMapQueries(ReactiveNeo4jClient client, MappingProperties properties) {
		this.client = client;
		this.maxMapNodes = properties.maxMapNodes();
	}

	Mono<NetworkMap> page(String area, List<TieKind> kinds, List<NodeKind> nodeKinds, Integer first, String after) {
		Set<NodeKind> shown = nodeKinds(nodeKinds);
		int size = Bounds.within("first", first, 200, MAX_PAGE);
		MapCursor cursor = MapCursor.decode(after);
		return client.query(CYPHER)
			.bindAll(of("area", area, "kinds", TieRules.kinds(kinds, shown.contains(NodeKind.SERVICE)), "nodeKinds",
					shown.stream().map(NodeKind::name).toList(), "first", size, "afterDegree",
					cursor == null ? null : cursor.degree(), "afterId", cursor == null ? null : cursor.id(), "gatherAtMost", maxMapNodes + 1))
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.one()
			.filter(record -> !record.get("area").isNull())
			.as(found -> Areas.require(found, "area", area))
			.map(record -> {
				if (record.get("gatheredCount").asInt() > maxMapNodes) {
					throw new InvalidArgumentException("area", "the map of " + area + " has more than " + maxMapNodes
							+ " nodes, the most a map may hold: choose a smaller area or narrow nodeKinds");
				}
				return map(record, cursor != null);
			});
	}

	private static NetworkMap map(Record record, boolean afterACursor) {
		List<NetworkMapNode> nodes = record.get("page")
			.asList(e -> new NetworkMapNode(MapNode.from(e.get("node").asNode()), e.get("degree").asInt()));
		List<NetworkMapTie> ties = record.get("ties").asList(NetworkMapQueries::tie);
		String start = nodes.isEmpty() ? null : cursorOf(nodes.get(0));
		String end = nodes.isEmpty() ? null : cursorOf(nodes.get(nodes.size() - 1));
		return new NetworkMap(Area.from(record.get("area").asNode()), record.get("total").asLong(),
				record.get("tieCount").asLong(), nodes, ties,
				new PageInfo(record.get("hasNext").asBoolean(), afterACursor, start, end));
	}

	private static NetworkMapTie tie(Value edge) {
		List<String> roles = edge.get("roles").asList(Value::asString).stream().distinct().sorted().toList();
		return new NetworkMapTie(edge.get("from").asString(), edge.get("to").asString(),
				TieKind.valueOf(edge.get("kind").asString()), roles, edge.get("weight").asInt());
	}

	private static String cursorOf(NetworkMapNode node) {
		return new MapCursor(node.degree(), node.id()).encode();
	}

	private static Set<NodeKind> nodeKinds(List<NodeKind> asked) {
		if (asked == null) {
			return DEFAULT_NODE_KINDS;
		}
		if (asked.isEmpty()) {
			throw new InvalidArgumentException("nodeKinds", "name at least one kind of node, or leave it out");
		}
		if (asked.contains(NodeKind.HOUSEHOLD)) {
			throw new InvalidArgumentException("nodeKinds", "households are never on a map");
		}
		return EnumSet.copyOf(asked);
	}
}
