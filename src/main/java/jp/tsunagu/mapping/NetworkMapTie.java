package jp.tsunagu.mapping;

import java.util.List;

/**
 * The ties of one kind between two nodes of a network map, as one edge.
 *
 * @param roles member, staff or runner roles, or kinds of collaboration, sorted and distinct
 * @param weight how many ties of this kind join the pair
 */
public record NetworkMapTie(String from, String to, TieKind kind, List<String> roles, int weight) {

	/** Stable across pages and requests, so a frontend can key the edge by it. */
	public String id() {
		return kind.name() + ":" + from + ":" + to;
	}

	public String kindLabelJa() {
		return kind.labelJa();
	}
}
