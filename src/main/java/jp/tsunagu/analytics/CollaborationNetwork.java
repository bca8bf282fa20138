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
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
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
 * Betweenness (Brandes) runs a search from every organisation, and each search sets up every organisation of the
 * graph before it walks the ties: n × (n + ties) steps, however few the ties. It is therefore run on each connected
 * part of three or more organisations separately (an organisation without ties bridges nothing): n_c × (n_c + ties_c)
 * per part. {@link #measure} estimates that from the projection, before any graph is built.
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

	/**
	 * The size of the network the projection makes, counted without building it: a 1,000-member network alone would
	 * be half a million ties to build.
	 */
	static Size measure(List<String> organizationIds, List<List<String>> collaborations, List<List<String>> networks) {
		Parts parts = new Parts(organizationIds);
		collaborations.forEach(pair -> parts.join(pair.get(0), pair.get(1)));
		networks.forEach(members -> members.forEach(member -> parts.join(members.get(0), member)));
		Map<Integer, Long> tiesByPart = new HashMap<>();
		collaborations.forEach(pair -> tiesByPart.merge(parts.root(pair.get(0)), 1L, Long::sum));
		for (List<String> members : networks) {
			long m = members.stream().distinct().count();
			tiesByPart.merge(parts.root(members.get(0)), m * (m - 1) / 2, Long::sum);
		}
		Map<Integer, Long> sizeByPart = new HashMap<>();
		parts.organizations().forEach(id -> sizeByPart.merge(parts.root(id), 1L, Long::sum));
		long work = 0;
		for (Map.Entry<Integer, Long> part : sizeByPart.entrySet()) {
			long n = part.getValue();
			work += n * (n + tiesByPart.getOrDefault(part.getKey(), 0L));
		}
		return new Size(parts.organizations().size(), tiesByPart.values().stream().mapToLong(Long::longValue).sum(),
				work);
	}

	/** Each organisation's scores, by organisation id. */
	Map<String, Scores> scores() {
		Map<String, Double> pageRank = new PageRank<>(graph).getScores();
		Map<String, Double> betweenness = betweenness();
		// JGraphT's own normalisation divides by (n-1)(n-2), the ordered pairs, so that on an undirected graph even a
		// star's centre scores 0.5; dividing by the unordered pairs gives the usual 0 to 1.
		double n = graph.vertexSet().size();
		double pairs = n < 3 ? 1.0 : (n - 1) * (n - 2) / 2;
		Map<String, Integer> community = communities();
		Map<String, Scores> scores = new HashMap<>();
		for (String id : graph.vertexSet()) {
			double strength = graph.edgesOf(id).stream().mapToDouble(graph::getEdgeWeight).sum();
			scores.put(id, new Scores(graph.degreeOf(id), strength, pageRank.get(id), betweenness.get(id) / pairs,
					community.get(id)));
		}
		return scores;
	}

	/**
	 * Unnormalised betweenness, one connected part at a time: a shortest chain never leaves its part, so each
	 * organisation counts the same pairs as on the whole graph.
	 */
	private Map<String, Double> betweenness() {
		Map<String, Double> betweenness = new HashMap<>();
		for (Set<String> part : new ConnectivityInspector<>(graph).connectedSets()) {
			if (part.size() < 3) {
				part.forEach(id -> betweenness.put(id, 0.0));
			}
			else {
				betweenness.putAll(new BetweennessCentrality<>(hops(part), false).getScores());
			}
		}
		return betweenness;
	}

	/** The part as a plain graph of hops: searched directly, faster than through subgraph and unweighted views. */
	private Graph<String, DefaultEdge> hops(Set<String> part) {
		Graph<String, DefaultEdge> hops = new SimpleGraph<>(DefaultEdge.class);
		part.stream().sorted().forEach(hops::addVertex);
		for (String id : hops.vertexSet()) {
			for (DefaultWeightedEdge edge : graph.edgesOf(id)) {
				hops.addEdge(graph.getEdgeSource(edge), graph.getEdgeTarget(edge));
			}
		}
		return hops;
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

	/**
	 * @param organizations organisations in the network
	 * @param ties at most this many pairs are tied: collaborations plus the pairs of each network's members, before
	 * pairs tied more than once are merged
	 * @param work the steps betweenness takes, about: over the connected parts, organisations × (organisations + ties)
	 */
	record Size(int organizations, long ties, long work) {
	}

	/** Which organisations are connected (union-find over organisation indexes). */
	private static final class Parts {

		private final Map<String, Integer> index = new HashMap<>();

		private final List<Integer> parent = new ArrayList<>();

		Parts(List<String> organizationIds) {
			for (String id : organizationIds) {
				index.computeIfAbsent(id, added -> {
					parent.add(parent.size());
					return parent.size() - 1;
				});
			}
		}

		Set<String> organizations() {
			return index.keySet();
		}

		int root(String id) {
			int root = index.get(id);
			while (parent.get(root) != root) {
				parent.set(root, parent.get(parent.get(root)));
				root = parent.get(root);
			}
			return root;
		}

		void join(String a, String b) {
			int rootA = root(a);
			int rootB = root(b);
			if (rootA != rootB) {
				parent.set(rootA, rootB);
			}
		}
	}
}
