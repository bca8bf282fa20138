package jp.tsunagu.analytics;

import java.util.Comparator;
import java.util.function.ToDoubleFunction;

import jp.tsunagu.graph.Labelled;

/**
 * How the organisations of a collaboration network are ranked: highest score first, then the stronger ties (weighted
 * degree: in hops, the 社協 and the corporations that sit in the same two networks bridge alike), then name and id.
 */
enum CollaborationOrder implements Labelled {

	BETWEENNESS("媒介中心性（橋渡し役）", OrganizationCentrality::betweenness),
	PAGE_RANK("ページランク（影響力のある拠点）", OrganizationCentrality::pageRank),
	DEGREE("次数（つながりの数）", centrality -> centrality.degree());

	private final String labelJa;

	private final ToDoubleFunction<OrganizationCentrality> score;

	CollaborationOrder(String labelJa, ToDoubleFunction<OrganizationCentrality> score) {
		this.labelJa = labelJa;
		this.score = score;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	Comparator<OrganizationCentrality> comparator() {
		return Comparator.comparingDouble(score)
			.reversed()
			.thenComparing(Comparator.comparingDouble(OrganizationCentrality::weightedDegree).reversed())
			.thenComparing(centrality -> centrality.organization().name())
			.thenComparing(centrality -> centrality.organization().id());
	}
}
