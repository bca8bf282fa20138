package jp.tsunagu.mapping;

/** A map node of a network map, with its degree within the whole map. */
public record NetworkMapNode(MapNode node, int degree) implements FlatMapNode {
}
