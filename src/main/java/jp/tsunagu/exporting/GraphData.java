package jp.tsunagu.exporting;

import java.util.List;

/**
 * A graph for mapping tools: nodes with kind, Japanese label, creation date and degree (ties on this graph) and
 * weighted degree; ties with kind, Japanese label, weight and since. Never a household.
 */
public record GraphData(String title, List<Node> nodes, List<Tie> ties) {

	public record Node(String id, String label, String kind, String kindJa, String createdOn, int degree,
			double weightedDegree) {
	}

	public record Tie(String id, String source, String target, String kind, String kindJa, double weight, String since,
			String role) {
	}
}
