package jp.tsunagu.discovery;

import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.discovery.DiscoveryQueries.KnownBy;
import jp.tsunagu.mapping.MapNode;
import jp.tsunagu.mapping.NodeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a tie to a household counts as live. */
class WhoKnowsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	@Test
	void aSupportTieIsLiveWhileItsLastContactOrWithoutOneItsStartIsRecent() {
		assertThat(live(KnowerKind.SUPPORTER, "2020-01-01", "2026-06-03")).isTrue();
		assertThat(live(KnowerKind.SUPPORTER, "2020-01-01", "2026-06-02")).isFalse();
		assertThat(live(KnowerKind.SUPPORTER, "2026-10-01", null)).isTrue();
		assertThat(live(KnowerKind.SUPPORTER, "2020-01-01", null)).isFalse();
		assertThat(live(KnowerKind.SUPPORTER, null, null)).isFalse();
		assertThat(live(KnowerKind.REFERRAL_ACCEPTED, "2026-11-01", null)).isTrue();
		assertThat(live(KnowerKind.REFERRAL_ACCEPTED, "2025-01-01", null)).isFalse();
	}

	@Test
	void theRecordHolderAndTheDistrictVolunteerAreAlwaysLive() {
		assertThat(live(KnowerKind.RECORD_HOLDER, null, null)).isTrue();
		assertThat(live(KnowerKind.DISTRICT_VOLUNTEER, "2010-04-01", null)).isTrue();
	}

	@Test
	void aKnowerIsLiveWhenAnyTieIsAndTheirLastContactIsTheLatest() {
		KnownBy known = new KnownBy(node("a"), List.of(tie(KnowerKind.SUPPORTER, "2019-01-01", "2024-01-01"),
				tie(KnowerKind.SUPPORTER, "2019-01-01", "2025-01-01"), tie(KnowerKind.RECORD_HOLDER, null, null)),
				List.of());
		WhoKnows.Knower knower = WhoKnows.of("h", List.of(known), TODAY, 180, false).knowers().get(0);
		assertThat(knower.live()).isTrue();
		assertThat(knower.lastContact()).isEqualTo(LocalDate.of(2025, 1, 1));
	}

	private static boolean live(KnowerKind kind, String since, String lastContact) {
		KnownBy known = new KnownBy(node("k"), List.of(tie(kind, since, lastContact)), List.of());
		return WhoKnows.of("h", List.of(known), TODAY, 180, true).knowers().get(0).live();
	}

	private static KnownBy.Tie tie(KnowerKind kind, String since, String lastContact) {
		return new KnownBy.Tie(kind, since == null ? null : LocalDate.parse(since),
				lastContact == null ? null : LocalDate.parse(lastContact));
	}

	private static MapNode node(String id) {
		return new MapNode(id, NodeKind.ORGANIZATION, id, null, null);
	}
}
