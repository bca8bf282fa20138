package jp.tsunagu.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.area.Area;
import jp.tsunagu.area.AreaKind;
import jp.tsunagu.mapping.MapNode;
import jp.tsunagu.mapping.MapTie;
import jp.tsunagu.mapping.NodeKind;
import jp.tsunagu.mapping.TiePath;
import jp.tsunagu.mapping.TieKind;
import jp.tsunagu.service.Service;
import jp.tsunagu.taxonomy.Need;
import jp.tsunagu.taxonomy.RiskPathway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each ranking rule on its own, with everything else equal. */
class RankingTests {

	private static final Need FOOD = new Need("food", "食料", "Food", null);

	private static final Need WORK = new Need("employment", "就労", "Employment", null);

	private static final Need DEBT = new Need("multiple_debt", "多重債務", "Multiple debts", null);

	private static final Need JOB_LOSS = new Need("unemployment", "失業", "Job loss", null);

	private static final RiskPathway PATHWAY = new RiskPathway("pathway_1", "失業→生活苦→多重債務→うつ病→自殺", "");

	private static final Area DISTRICT = area(AreaKind.DISTRICT, "来住地区");

	private static final Area MUNICIPALITY = area(AreaKind.MUNICIPALITY, "小野市");

	private static final Area PREFECTURE = area(AreaKind.PREFECTURE, "兵庫県");

	@Test
	void oneServiceCoveringSeveralNeedsRanksAboveServicesCoveringOneEach() {
		List<DiscoveryResult> ranked = Ranking.rank(List.of(FOOD, WORK), List.of(),
				List.of(cold("A", MUNICIPALITY, "food"), cold("C", MUNICIPALITY, "food", "employment"),
						cold("B", MUNICIPALITY, "employment")),
				true);
		assertThat(ranked).extracting(result -> result.service().name()).containsExactly("C", "A", "B");
		assertThat(ranked).extracting(DiscoveryResult::rank).containsExactly(1, 2, 3);
		assertThat(ranked.get(0).reasons()).containsExactly("世帯の課題 食料・就労 に対応", "既存のつながりなし（直接の連絡が必要）",
				"小野市で利用可能");
		assertThat(ranked.get(0).score()).isEqualTo(Ranking.DIRECT + 2 * Ranking.PER_NEED + Ranking.PER_NEARNESS);
	}

	@Test
	void aSupportersPathBeatsAnotherKnowersWhichBeatsCold() {
		List<DiscoveryResult> ranked = Ranking.rank(List.of(FOOD), List.of(),
				List.of(cold("A", MUNICIPALITY, "food"), warm("B", KnowerKind.RECORD_HOLDER, 1),
						warm("C", KnowerKind.SUPPORTER, 3)),
				true);
		assertThat(ranked).extracting(result -> result.service().name()).containsExactly("C", "B", "A");
		assertThat(ranked).extracting(DiscoveryResult::viaSupporter).containsExactly(true, false, false);
		assertThat(ranked).extracting(DiscoveryResult::warm).containsExactly(true, true, false);
		assertThat(ranked.get(0).reasons()).contains("この世帯を支援している 支援者 から3ステップ");
	}

	@Test
	void aSupporterWhoseContactHasLapsedCountsAsAnotherKnower() {
		Candidate lapsed = new Candidate(service("A"), List.of("food"), List.of(MUNICIPALITY),
				List.of(path(KnowerKind.SUPPORTER, 1, false)));
		List<DiscoveryResult> ranked = Ranking.rank(List.of(FOOD), List.of(), List.of(lapsed,
				warm("B", KnowerKind.SUPPORTER, 3), warm("C", KnowerKind.RECORD_HOLDER, 2), cold("D", MUNICIPALITY, "food")),
				true);
		assertThat(ranked).extracting(result -> result.service().name()).containsExactly("B", "A", "C", "D");
		assertThat(ranked).extracting(DiscoveryResult::viaSupporter).containsExactly(true, false, false, false);
		assertThat(ranked.get(1).score() - ranked.get(2).score()).isEqualTo(Ranking.PER_SHORTER_TIE);
		assertThat(ranked.get(1).reasons()).contains("この世帯を支援しているが連絡が途絶えている 支援者 から1ステップ");
	}

	@Test
	void theShorterPathRanksFirstAndAServiceTakesItsWarmestPath() {
		Candidate twoWays = new Candidate(service("B"), List.of("food"), List.of(MUNICIPALITY),
				List.of(path(KnowerKind.RECORD_HOLDER, 1), path(KnowerKind.SUPPORTER, 4)));
		List<DiscoveryResult> ranked = Ranking.rank(List.of(FOOD), List.of(),
				List.of(warm("A", KnowerKind.SUPPORTER, 2), twoWays), true);
		assertThat(ranked).extracting(result -> result.service().name()).containsExactly("A", "B");
		assertThat(ranked.get(1).viaSupporter()).isTrue();
		assertThat(ranked.get(1).warmestPath().length()).isEqualTo(5);
	}

	@Test
	void nearerAvailabilityRanksFirstAndTheNearestAreaIsShown() {
		Candidate everywhere = new Candidate(service("A"), List.of("food"), List.of(PREFECTURE, DISTRICT), List.of());
		List<DiscoveryResult> ranked = Ranking.rank(List.of(FOOD), List.of(),
				List.of(cold("B", PREFECTURE, "food"), cold("C", MUNICIPALITY, "food"), everywhere), true);
		assertThat(ranked).extracting(result -> result.service().name()).containsExactly("A", "C", "B");
		assertThat(ranked).extracting(DiscoveryResult::availability)
			.containsExactly(Availability.DISTRICT, Availability.MUNICIPALITY, Availability.PREFECTURE);
		assertThat(ranked.get(0).availableIn()).isEqualTo(DISTRICT);
	}

	@Test
	void preventiveOnlyResultsComeAfterEveryDirectOne() {
		PreventiveLink link = new PreventiveLink(PATHWAY, JOB_LOSS, DEBT);
		List<DiscoveryResult> ranked = Ranking.rank(List.of(JOB_LOSS), List.of(link),
				List.of(warm("A", KnowerKind.SUPPORTER, 1, "multiple_debt"), cold("B", PREFECTURE, "unemployment")),
				true);
		assertThat(ranked).extracting(result -> result.service().name()).containsExactly("B", "A");
		assertThat(ranked.get(1).covers()).isEmpty();
		assertThat(ranked.get(1).preventive()).containsExactly(link);
		assertThat(ranked.get(1).reasons().get(0))
			.isEqualTo("予防的な支援: 失業 の先にある 多重債務 に対応（自殺の危機経路 失業→生活苦→多重債務→うつ病→自殺）");
	}

	@Test
	void equalResultsAreOrderedByName() {
		List<DiscoveryResult> ranked = Ranking.rank(List.of(FOOD), List.of(),
				List.of(cold("B", MUNICIPALITY, "food"), cold("A", MUNICIPALITY, "food")), false);
		assertThat(ranked).extracting(result -> result.service().name()).containsExactly("A", "B");
		assertThat(ranked.get(0).score()).isEqualTo(ranked.get(1).score());
		assertThat(ranked.get(0).reasons().get(0)).isEqualTo("指定された課題 食料 に対応");
	}

	private static Candidate cold(String name, Area area, String... needs) {
		return new Candidate(service(name), List.of(needs), List.of(area), List.of());
	}

	private static Candidate warm(String name, KnowerKind via, int steps, String... needs) {
		return new Candidate(service(name), needs.length == 0 ? List.of("food") : List.of(needs), List.of(MUNICIPALITY),
				List.of(path(via, steps)));
	}

	/** A path from the household to a knower in live contact, then {@code steps} collaboration ties to the service. */
	private static WarmPath path(KnowerKind via, int steps) {
		return path(via, steps, true);
	}

	private static WarmPath path(KnowerKind via, int steps, boolean live) {
		MapNode household = new MapNode("h", NodeKind.HOUSEHOLD, "HH-1", null, null);
		MapNode knower = new MapNode("k-" + via, NodeKind.ORGANIZATION, via == KnowerKind.SUPPORTER ? "支援者" : "記録保有機関",
				null, null);
		TiePath entry = new TiePath(List.of(household, knower), List.of(tie("h", knower.id(),
				via == KnowerKind.SUPPORTER ? TieKind.SUPPORTS : TieKind.RECORD_HELD_BY)));
		List<MapNode> nodes = new ArrayList<>(List.of(knower));
		List<MapTie> ties = new ArrayList<>();
		for (int i = 1; i <= steps; i++) {
			MapNode next = new MapNode(via + "-" + i, NodeKind.ORGANIZATION, "組織" + i, null, null);
			ties.add(tie(nodes.get(nodes.size() - 1).id(), next.id(), TieKind.COLLABORATES_WITH));
			nodes.add(next);
		}
		return new WarmPath(via, knower, entry, new TiePath(nodes, ties), live);
	}

	private static MapTie tie(String from, String to, TieKind kind) {
		return new MapTie(from, to, kind, null, LocalDate.of(2024, 1, 1), null);
	}

	private static Service service(String name) {
		return new Service("id-" + name, name, null, null, null, null, false, false, null, null, jp.tsunagu.graph.LifecycleStatus.ACTIVE);
	}

	private static Area area(AreaKind kind, String name) {
		return new Area(name, name, name, null, kind, null, null, null, null);
	}
}
