package jp.tsunagu.mapping;

import java.util.List;

/**
 * The bounded subgraph around a node.
 *
 * @param nodes the centre first, then by distance and id
 * @param reachableCount nodes within the depth, the centre included, before the limit; at
 * {@link NeighborhoodQueries#MAX_REACHED} + 1 it means at least that many, since no more are examined
 */
public record Neighborhood(MapNode centre, int depth, List<NeighborhoodNode> nodes, List<MapTie> ties,
		int reachableCount, boolean truncated) {
}
