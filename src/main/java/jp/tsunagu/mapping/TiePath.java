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
		List<Node> nodes = new ArrayList<>();
		path.nodes().forEach(nodes::add);
		List<Relationship> relationships = new ArrayList<>();
		path.relationships().forEach(relationships::add);
		return of(nodes, relationships);
	}

	/** A chain given as its nodes in order and the relationship between each node and the next. */
	public static TiePath of(List<Node> path, List<Relationship> relationships) {
		Map<Long, String> ids = new HashMap<>();
		List<MapNode> nodes = new ArrayList<>();
		for (Node node : path) {
			MapNode mapped = MapNode.from(node);
			ids.put(node.id(), mapped.id());
			nodes.add(mapped);
		}
		List<MapTie> ties = new ArrayList<>();
		for (Relationship relationship : relationships) {
			ties.add(MapTie.from(relationship, ids.get(relationship.startNodeId()), ids.get(relationship.endNodeId())));
		}
		return new TiePath(List.copyOf(nodes), List.copyOf(ties));
	}
}
