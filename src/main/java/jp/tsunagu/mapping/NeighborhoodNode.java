package jp.tsunagu.mapping;

/** A map node of a neighbourhood, flat as a frontend draws it, with its distance from the centre. */
public record NeighborhoodNode(MapNode node, int distance) {

	public String id() {
		return node.id();
	}

	public NodeKind kind() {
		return node.kind();
	}

	public String kindLabelJa() {
		return node.kindLabelJa();
	}

	public String name() {
		return node.name();
	}

	public String subKind() {
		return node.subKind();
	}

	public String subKindLabelJa() {
		return node.subKindLabelJa();
	}

	public boolean centre() {
		return distance == 0;
	}
}
