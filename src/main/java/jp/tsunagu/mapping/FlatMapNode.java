package jp.tsunagu.mapping;

/** A map node drawn flat, as a frontend draws it: the fields of its {@link MapNode} beside the record's own measure. */
public interface FlatMapNode {

	MapNode node();

	default String id() {
		return node().id();
	}

	default NodeKind kind() {
		return node().kind();
	}

	default String kindLabelJa() {
		return node().kindLabelJa();
	}

	default String name() {
		return node().name();
	}

	default String subKind() {
		return node().subKind();
	}

	default String subKindLabelJa() {
		return node().subKindLabelJa();
	}
}
