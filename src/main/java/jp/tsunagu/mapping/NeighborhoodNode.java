package jp.tsunagu.mapping;

/** A map node of a neighbourhood, with its distance from the centre. */
public record NeighborhoodNode(MapNode node, int distance) implements FlatMapNode {

	public boolean centre() {
		return distance == 0;
	}
}
