package jp.tsunagu.mapping;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import java.util.Map;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.graph.CypherTemplate;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The bounded subgraph around a node, in one statement. */
@Repository
class NeighborhoodQueries {

	static final int MAX_DEPTH = 3;

	static final int MAX_LIMIT = 1000;

	/**
	 * The most reachable nodes examined: beyond it they are neither counted nor sorted, and
	 * {@code reachableCount} says "at least" (it equals this number plus the centre). The search runs breadth
	 * first, so the nodes examined are the nearest; among those at the farthest distance examined, which ones are
	 * taken is the search's order, not their ids.
	 */
	static final int MAX_REACHED = 10_000;

	/**
	 * One shortest path per reachable node gives its distance; the validated depth is written into the pattern (a
	 * bound cannot be a parameter) so the search stops there. The ties are then every tie of the kinds between kept
	 * nodes.
	 */
	private static final List<String> CYPHER_BY_DEPTH = IntStream.rangeClosed(0, MAX_DEPTH)
		.mapToObj(depth -> CypherTemplate.compose("""
				OPTIONAL MATCH (c:Organization|Person|Network|Activity|Service|Area {id: $id})
				WITH c, $kinds + CASE WHEN $providesForServices AND c:Service THEN ['PROVIDES'] ELSE [] END AS kinds
				CALL (c, kinds) {
				  WITH c, kinds WHERE NOT coalesce(c.archived, false)
				  MATCH p = ANY SHORTEST (c)(()-[r:{{tieTypes}}]-(y) WHERE type(r) IN kinds AND {{passable}}){1,{{depth}}}(n)
				  WHERE n <> c
				  WITH n, length(p) AS distance LIMIT {{reached}}
				  ORDER BY distance, n.id
				  RETURN count(n) AS reached, collect({node: n, distance: distance})[..$limit - 1] AS nearest
				}
				WITH c, kinds, reached, nearest, [c] + [e IN nearest | e.node] AS kept
				CALL (kinds, kept) {
				  UNWIND kept AS a
				  MATCH (a)-[r:{{tieTypes}}]->(b)
				  WHERE type(r) IN kinds AND b IN kept
				  WITH a, r, b ORDER BY a.id, b.id, type(r), coalesce(r.role, r.collaborationKind)
				  RETURN collect({tie: r, from: a.id, to: b.id}) AS ties
				}
				RETURN c, reached, nearest, ties
				""", Map.of("tieTypes", TieRules.TYPES, "passable", TieRules.passable("y"), "depth", depth, "reached",
				MAX_REACHED)))
		.toList();

	/** The statement whose search stops at {@code depth} ties (1..{@value #MAX_DEPTH}, already validated). */
	static String cypher(int depth) {
		return CYPHER_BY_DEPTH.get(depth);
	}

	private final ReactiveNeo4jClient client;

	NeighborhoodQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<Neighborhood> around(String id, Integer depth, List<TieKind> kinds, Integer limit) {
		int checkedDepth = Bounds.within("depth", depth, 1, MAX_DEPTH);
		int checkedLimit = Bounds.within("limit", limit, 200, MAX_LIMIT);
		return client.query(cypher(checkedDepth))
			.bindAll(of("id", id, "kinds", TieRules.kinds(kinds, false), "providesForServices", kinds == null, "limit",
					checkedLimit))
			.fetchAs(Found.class)
			.mappedBy((types, record) -> new Found(record.get("c"), record.get("reached").asInt(),
					record.get("nearest").asList(e -> new NeighborhoodNode(MapNode.from(e.get("node").asNode()),
							e.get("distance").asInt())),
					record.get("ties").asList(t -> MapTie.from(t.get("tie").asRelationship(), t.get("from").asString(),
							t.get("to").asString()))))
			.one()
			.map(found -> found.neighborhood(id, checkedDepth));
	}

	private record Found(Value centre, int reached, List<NeighborhoodNode> nearest, List<MapTie> ties) {

		Neighborhood neighborhood(String id, int depth) {
			if (centre.isNull()) {
				throw new InvalidArgumentException("id",
						"no organisation, person, network, activity, service or area has id " + id);
			}
			if (centre.asNode().get("archived").isTrue()) {
				throw new InvalidArgumentException("id", id + " is archived");
			}
			MapNode centreNode = MapNode.from(centre.asNode());
			List<NeighborhoodNode> nodes = new ArrayList<>(nearest.size() + 1);
			nodes.add(new NeighborhoodNode(centreNode, 0));
			nodes.addAll(nearest);
			return new Neighborhood(centreNode, depth, List.copyOf(nodes), ties, reached + 1, reached > nearest.size());
		}
	}
}
