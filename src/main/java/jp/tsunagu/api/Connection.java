package jp.tsunagu.api;

import java.util.List;
import java.util.function.Function;

/** A Relay connection: one page of a stable-sorted list, plus how many match in all. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	public List<T> nodes() {
		return edges.stream().map(Edge::node).toList();
	}

	/** The same page with each node replaced, cursors kept. */
	public <R> Connection<R> map(Function<T, R> mapper) {
		return new Connection<>(edges.stream().map(edge -> new Edge<>(edge.cursor(), mapper.apply(edge.node()))).toList(),
				pageInfo, totalCount);
	}
}
