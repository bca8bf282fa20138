package jp.tsunagu.mapping;

/** A map node of a network map, flat as a frontend draws it, with its degree within the whole map. */
public record NetworkMapNode(MapNode node, int degree) {

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
}
