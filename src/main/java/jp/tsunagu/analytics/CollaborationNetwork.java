package jp.tsunagu.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The collaboration network of an area as an undirected weighted JGraphT graph, and the scores computed on it.
 * <p>
 * Weights: each collaboration tie between two organisations adds 1; sharing a network with m organisation members
 * of the projection adds 1/(m - 1) to each pair of them, so that every member gets 1 in all from each network it
 * belongs to, and a 100-member 連絡会 does not outweigh a real partnership. PageRank uses the weights; betweenness
 * counts shortest chains in hops (JGraphT's weighted betweenness, with 1/weight as a tie's length, took about nine
 * times as long); communities come from label propagation, which counts neighbours and ignores weights. JGraphT
 * has no Louvain: label propagation with a fixed seed over vertices and edges added in id order gives the same
 * communities for the same graph every time.
 * <p>
 * Betweenness (Brandes) costs about organisations × ties steps: {@link #work()} tells the caller before scoring.
 */
final class CollaborationNetwork {

	/** Fixed, so the same graph always splits into the same communities. */
	private static final long COMMUNITY_SEED = 4L;

	/** Label propagation usually settles in a few rounds; JGraphT's default has no limit, and labels can keep flipping. */
	private static final int COMMUNITY_ROUNDS = 100;

	private final Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);

	/**
	 * @param organizationIds the organisations of the projection
	 * @param collaborations one [from, to] pair per collaboration tie, both ends among the organisations
	 * @param networks for each network, its members among the organisations
	 */
	CollaborationNetwork(List<String> organizationIds, List<List<String>> collaborations,
			List<List<String>> networks) {
		organizationIds.stream().sorted().forEach(graph::addVertex);
		collaborations.stream()
			.sorted(Comparator.comparing((List<String> pair) -> pair.get(0)).thenComparing(pair -> pair.get(1)))
			.forEach(pair -> strengthen(pair.get(0), pair.get(1), 1.0));
		for (List<String> members : networks) {
			List<String> sorted = members.stream().distinct().sorted().toList();
			double share = 1.0 / (sorted.size() - 1);
			for (int i = 0; i < sorted.size(); i++) {
				for (int j = i + 1; j < sorted.size(); j++) {
					strengthen(sorted.get(i), sorted.get(j), share);
				}
			}
		}
	}

	private void strengthen(String a, String b, double weight) {
		DefaultWeightedEdge edge = graph.getEdge(a, b);
		if (edge == null) {
			graph.setEdgeWeight(graph.addEdge(a, b), weight);
		}
		else {
			graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + weight);
		}
	}

	int organizationCount() {
		return graph.vertexSet().size();
	}

	/** Pairs of organisations with at least one tie. */
	int tieCount() {
		return graph.edgeSet().size();
	}

	/** Steps betweenness will take, about: organisations × ties. */
	long work() {
		return (long) organizationCount() * tieCount();
	}

	/** Each organisation's scores, by organisation id. */
	Map<String, Scores> scores() {
		Map<String, Double> pageRank = new PageRank<>(graph).getScores();
		Map<String, Double> betweenness = new BetweennessCentrality<>(new AsUnweightedGraph<>(graph), false).getScores();
		// JGraphT's own normalisation divides by (n-1)(n-2), the ordered pairs, so that on an undirected graph even a
		// star's centre scores 0.5; dividing by the unordered pairs gives the usual 0 to 1.
		int n = graph.vertexSet().size();
		double pairs = n < 3 ? 1.0 : (n - 1) * (n - 2) / 2.0;
		Map<String, Integer> community = communities();
		Map<String, Scores> scores = new HashMap<>();
		for (String id : graph.vertexSet()) {
			double strength = graph.edgesOf(id).stream().mapToDouble(graph::getEdgeWeight).sum();
			scores.put(id, new Scores(graph.degreeOf(id), strength, pageRank.get(id), betweenness.get(id) / pairs,
					community.get(id)));
		}
		return scores;
	}

	/** Community number of each organisation: 0 for the largest community, ties broken by the smallest member id. */
	private Map<String, Integer> communities() {
		List<Set<String>> clusters = new ArrayList<>(
				new LabelPropagationClustering<>(graph, COMMUNITY_ROUNDS, new Random(COMMUNITY_SEED)).getClustering().getClusters());
		clusters.sort(Comparator.comparing((Set<String> cluster) -> -cluster.size())
			.thenComparing(cluster -> cluster.stream().min(Comparator.naturalOrder()).orElseThrow()));
		Map<String, Integer> community = new HashMap<>();
		for (int i = 0; i < clusters.size(); i++) {
			for (String id : clusters.get(i)) {
				community.put(id, i);
			}
		}
		return community;
	}

	/**
	 * @param degree organisations it has a tie with
	 * @param weightedDegree the sum of its ties' weights
	 * @param pageRank PageRank on the weighted ties (damping 0.85; the scores of an area sum to 1)
	 * @param betweenness normalised betweenness: the share of shortest chains (in hops) between two other
	 * organisations that pass through it (0 to 1)
	 * @param community its community's number
	 */
	record Scores(int degree, double weightedDegree, double pageRank, double betweenness, int community) {
	}
}
