package jp.tsunagu.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * A chain of ties (つながりの経路): the nodes in order from the start, and the tie between each node and the next.
 * A tie keeps its stored direction, so {@code ties[i].from} may be {@code nodes[i+1]}.
 */
public record TiePath(List<MapNode> nodes, List<MapTie> ties) {

	/** Number of ties: 0 when the start is the end. */
	public int length() {
		return ties.size();
	}

	public static TiePath from(Path path) {
		Map<Long, String> ids = new HashMap<>();
		List<MapNode> nodes = new ArrayList<>();
		for (Node node : path.nodes()) {
			MapNode mapped = MapNode.from(node);
			ids.put(node.id(), mapped.id());
			nodes.add(mapped);
		}
		List<MapTie> ties = new ArrayList<>();
		for (Relationship relationship : path.relationships()) {
			ties.add(MapTie.from(relationship, ids.get(relationship.startNodeId()), ids.get(relationship.endNodeId())));
		}
		return new TiePath(List.copyOf(nodes), List.copyOf(ties));
	}
}
