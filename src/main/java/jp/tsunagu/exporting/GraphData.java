package jp.tsunagu.exporting;

import java.util.List;

/**
 * A graph for mapping tools: nodes with kind, Japanese label, creation date and degree (ties on this graph) and
 * weighted degree, and for an organisation the collaboration metrics where they were computed and written; ties with
 * kind, Japanese label, weight and since. Never a household.
 */
public record GraphData(String title, List<Node> nodes, List<Tie> ties) {

	/** @param collaboration null where the metrics were never written for the node (not an organisation, or not computed) */
	public record Node(String id, String label, String kind, String kindJa, String createdOn, int degree,
			double weightedDegree, CollaborationScores collaboration) {
	}

	/**
	 * The collaboration metrics last written onto an organisation (writeCollaborationMetrics): computed over the
	 * collaboration network of {@code area}, at {@code computedAt}.
	 */
	public record CollaborationScores(long degree, double pageRank, double betweenness, long community, String area,
			String computedAt) {
	}

	public record Tie(String id, String source, String target, String kind, String kindJa, double weight, String since,
			String role) {
	}
}
