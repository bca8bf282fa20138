package jp.tsunagu.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.tsunagu.analytics.CollaborationNetwork.Scores;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CollaborationNetworkTests {

	/** Two cliques of four (a1..a4, b1..b4) joined only through the bridge x, tied to a1 and b1. */
	private static final List<String> BRIDGED = List.of("a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4", "x");

	private static List<List<String>> bridgedTies() {
		List<List<String>> ties = new ArrayList<>(clique("a"));
		ties.addAll(clique("b"));
		ties.add(List.of("x", "a1"));
		ties.add(List.of("b1", "x"));
		return ties;
	}

	private static List<List<String>> clique(String prefix) {
		List<List<String>> ties = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			for (int j = i + 1; j <= 4; j++) {
				ties.add(List.of(prefix + i, prefix + j));
			}
		}
		return ties;
	}

	@Test
	void theBridgeBetweenTwoCliquesHasTheHighestBetweenness() {
		Map<String, Scores> scores = new CollaborationNetwork(BRIDGED, bridgedTies(), List.of()).scores();

		assertThat(highest(scores, Scores::betweenness)).isEqualTo("x");
		// x lies on every chain from an a to a b: 16 of the 28 pairs of the other eight
		assertThat(scores.get("x").betweenness()).isCloseTo(16.0 / 28, within(1e-9));
		assertThat(scores.get("a2").betweenness()).isZero();
	}

	@Test
	void twoCliquesFormTwoCommunities() {
		Map<String, Scores> scores = new CollaborationNetwork(BRIDGED, bridgedTies(), List.of()).scores();

		assertThat(List.of("a2", "a3", "a4")).allSatisfy(id -> assertThat(scores.get(id).community())
			.isEqualTo(scores.get("a1").community()));
		assertThat(List.of("b2", "b3", "b4")).allSatisfy(id -> assertThat(scores.get(id).community())
			.isEqualTo(scores.get("b1").community()));
		assertThat(scores.get("a1").community()).isNotEqualTo(scores.get("b1").community());
		assertThat(new CollaborationNetwork(BRIDGED, bridgedTies(), List.of()).scores()).isEqualTo(scores);
	}

	@Test
	void aStarCentreHasTheHighestDegreeAndPageRank() {
		List<String> star = List.of("centre", "p1", "p2", "p3", "p4", "p5", "lonely");
		List<List<String>> ties = List.of(List.of("centre", "p1"), List.of("p2", "centre"), List.of("centre", "p3"),
				List.of("centre", "p4"), List.of("centre", "p5"));
		Map<String, Scores> scores = new CollaborationNetwork(star, ties, List.of()).scores();

		assertThat(highest(scores, s -> (double) s.degree())).isEqualTo("centre");
		assertThat(scores.get("centre").degree()).isEqualTo(5);
		assertThat(highest(scores, Scores::pageRank)).isEqualTo("centre");
		assertThat(scores.values().stream().mapToDouble(Scores::pageRank).sum()).isCloseTo(1.0, within(1e-6));
		assertThat(scores.get("lonely").degree()).isZero();
		assertThat(scores.get("lonely").community()).isNotEqualTo(scores.get("centre").community());
	}

	@Test
	void aSharedNetworkWeighsOneOverItsOtherMembersAndAddsToACollaboration() {
		CollaborationNetwork network = new CollaborationNetwork(List.of("a", "b", "c", "d", "e"),
				List.of(List.of("a", "b"), List.of("b", "a")), List.of(List.of("a", "b", "c", "d"), List.of("d", "e")));
		Map<String, Scores> scores = network.scores();

		assertThat(network.tieCount()).isEqualTo(7);
		// measured before building: the pair a-b is counted once per collaboration and once for the network
		assertThat(CollaborationNetwork.measure(List.of("a", "b", "c", "d", "e"),
				List.of(List.of("a", "b"), List.of("b", "a")), List.of(List.of("a", "b", "c", "d"), List.of("d", "e"))))
			.isEqualTo(new CollaborationNetwork.Size(5, 2 + 6 + 1, 5 * (5 + 9)));
		// a: two collaborations with b, and 1/3 to each of b, c, d
		assertThat(scores.get("a").weightedDegree()).isCloseTo(3.0, within(1e-9));
		assertThat(scores.get("d").weightedDegree()).isCloseTo(2.0, within(1e-9));
		assertThat(scores.get("e").degree()).isEqualTo(1);
	}

	/**
	 * 50,000 organisations without ties beside the two cliques: betweenness runs on the cliques' part only (on the
	 * whole graph it would set up 50,000 organisations for each of 50,000 searches), and x still scores its 16 pairs
	 * over all the pairs of other organisations — (n-1)(n-2)/2, past the int range.
	 */
	@Test
	void organisationsWithoutTiesCostOneStepEachAndCountInTheNormalisation() {
		List<String> organizations = new ArrayList<>(BRIDGED);
		for (int i = 0; i < 50_000; i++) {
			organizations.add("lone" + i);
		}
		CollaborationNetwork.Size size = CollaborationNetwork.measure(organizations, bridgedTies(), List.of());
		// the bridged part: 9 organisations, 14 ties; then 50,000 parts of one
		assertThat(size.work()).isEqualTo(9 * (9 + 14) + 50_000);
		assertThat(size.ties()).isEqualTo(14);

		Map<String, Scores> scores = new CollaborationNetwork(organizations, bridgedTies(), List.of()).scores();

		double n = organizations.size();
		assertThat(scores.get("x").betweenness()).isCloseTo(16 / ((n - 1) * (n - 2) / 2), within(1e-15));
		assertThat(scores.get("lone7").betweenness()).isZero();
	}

	@Test
	void theWorkCountsEveryOrganisationOfAPartNotOnlyItsTies() {
		List<String> organizations = new ArrayList<>();
		List<List<String>> chain = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			organizations.add("o" + i);
			if (i > 0) {
				chain.add(List.of("o" + (i - 1), "o" + i));
			}
		}
		chain.add(List.of("o0", "o4999"));
		// organisations × ties alone (25,000,000) would let this ring through; each search also sets up all 5,000
		CollaborationNetwork.Size ring = CollaborationNetwork.measure(organizations, chain, List.of());
		assertThat(ring.work()).isEqualTo(5_000L * (5_000 + 5_000)).isGreaterThan(CollaborationAnalysis.MAX_WORK);

		// the review's 10,000 organisations with 2,000 ties, as one chain and 7,999 without ties: cheap in parts
		List<String> many = new ArrayList<>(organizations);
		for (int i = 5_000; i < 10_000; i++) {
			many.add("o" + i);
		}
		CollaborationNetwork.Size parts = CollaborationNetwork.measure(many, chain.subList(0, 2_000), List.of());
		assertThat(parts.work()).isEqualTo(2_001L * (2_001 + 2_000) + 7_999).isLessThan(CollaborationAnalysis.MAX_WORK);
		assertThat(parts.organizations()).isEqualTo(10_000);
	}

	/** A 100,000-member network would be five billion ties: measured from its member list, nothing is built. */
	@Test
	void aNetworksTiesAreCountedBeforeAnyAreBuilt() {
		List<String> members = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			members.add("m" + i);
		}
		CollaborationNetwork.Size size = CollaborationNetwork.measure(members, List.of(), List.of(members));

		assertThat(size.ties()).isEqualTo(100_000L * 99_999 / 2);
		assertThat(size.work()).isEqualTo(100_000L * (100_000 + 100_000L * 99_999 / 2));
		assertThat(size.work()).isGreaterThan(CollaborationAnalysis.MAX_WORK);
	}

	@Test
	void anAreaWithoutOrganisationsHasNoScores() {
		CollaborationNetwork empty = new CollaborationNetwork(List.of(), List.of(), List.of());
		assertThat(empty.scores()).isEmpty();
		assertThat(empty.organizationCount()).isZero();
		assertThat(CollaborationNetwork.measure(List.of(), List.of(), List.of()).work()).isZero();
	}

	private static String highest(Map<String, Scores> scores, java.util.function.ToDoubleFunction<Scores> score) {
		return scores.entrySet().stream()
			.max(Comparator.comparingDouble(entry -> score.applyAsDouble(entry.getValue())))
			.orElseThrow()
			.getKey();
	}
}
