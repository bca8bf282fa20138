package jp.tsunagu.discovery;

import java.util.List;

import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.AreaKind;
import jp.tsunagu.discovery.DiscoveryQueries.Found;
import jp.tsunagu.service.Service;
import jp.tsunagu.taxonomy.Need;
import jp.tsunagu.taxonomy.RiskPathway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which warm paths a page needs: only those of the services whose coverage reaches the page. */
class PathPlanTests {

	private static final Need FOOD = new Need("food", "食料", "Food", null);

	private static final Need WORK = new Need("employment", "就労", "Employment", null);

	private static final Need DEBT = new Need("multiple_debt", "多重債務", "Multiple debts", null);

	private static final PreventiveLink FORESEEN = new PreventiveLink(
			new RiskPathway("pathway_1", "失業→生活苦→多重債務→うつ病→自殺", ""), WORK, DEBT);

	private static final Area TOWN = new Area("a-282189", "282189", "小野市", null, AreaKind.MUNICIPALITY, null, null, null,
			null);

	/** Both needs; food only (three); a debt foreseen only (two). */
	private static final Found OUTLINE = new Found("h", null, List.of(), List.of(FOOD, WORK), List.of(FORESEEN),
			List.of(candidate("both", "food", "employment"), candidate("food-1", "food"), candidate("food-2", "food"),
					candidate("food-3", "food"), candidate("debt-1", "multiple_debt"),
					candidate("debt-2", "multiple_debt")));

	@Test
	void noPathCanOutweighOneMoreNeedCovered() {
		int warmestPossible = 2 * Ranking.PER_WARMTH + 9 * Ranking.PER_SHORTER_TIE + 3 * Ranking.PER_NEARNESS;
		assertThat(warmestPossible).isLessThan(Ranking.PER_NEED);
	}

	@Test
	void theFirstPageNeedsTheCoveragesItsPlacesReachAndFillsTheLowestWithWhatItHasLeft() {
		PathPlan one = DiscoveryService.plan(OUTLINE, PageRequest.of(1, null));
		assertThat(one.pathsFor()).containsExactlyInAnyOrder("id-both", "id-food-1", "id-food-2", "id-food-3");
		// one place and the one after it: "both", then one of the food services
		assertThat(one.lowest()).containsExactlyInAnyOrder("id-food-1", "id-food-2", "id-food-3");
		assertThat(one.enough()).isEqualTo(1);

		PathPlan four = DiscoveryService.plan(OUTLINE, PageRequest.of(4, null));
		assertThat(four.pathsFor()).hasSize(6);
		assertThat(four.lowest()).containsExactlyInAnyOrder("id-debt-1", "id-debt-2");
		assertThat(four.enough()).isEqualTo(1);
	}

	@Test
	void aLaterPageNeedsItsCursorsWholeCoverageAndWhatFollowsAndEveryPathOfThem() {
		PathPlan afterFood2 = DiscoveryService.plan(OUTLINE, new PageRequest(1, "3", "id-food-2"));
		assertThat(afterFood2.pathsFor()).containsExactlyInAnyOrder("id-food-1", "id-food-2", "id-food-3", "id-debt-1",
				"id-debt-2");
		assertThat(afterFood2.lowest()).isEmpty();
		PathPlan afterBoth = DiscoveryService.plan(OUTLINE, new PageRequest(1, "1", "id-both"));
		assertThat(afterBoth.pathsFor()).containsExactlyInAnyOrder("id-both", "id-food-1", "id-food-2", "id-food-3");
	}

	@Test
	void aCursorWhoseServiceIsGoneNeedsNoPaths() {
		assertThat(DiscoveryService.plan(OUTLINE, new PageRequest(5, "1", "id-gone"))).isEqualTo(PathPlan.NONE);
		assertThat(DiscoveryService.plan(new Found("h", null, List.of(), List.of(FOOD), List.of(), List.of()),
				PageRequest.of(5, null))).isEqualTo(PathPlan.NONE);
	}

	private static Candidate candidate(String name, String... needs) {
		return new Candidate(new Service("id-" + name, name, null, null, null, null, false, false, null, null, jp.tsunagu.graph.LifecycleStatus.ACTIVE),
				List.of(needs), List.of(TOWN), List.of());
	}
}
