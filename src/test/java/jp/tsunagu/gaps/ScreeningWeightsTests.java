package jp.tsunagu.gaps;

import java.util.Map;

import jp.tsunagu.household.HouseholdFlag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScreeningWeightsTests {

	@Test
	void theWeightsBecomeOneCypherParameterWithFlagsByName() {
		ScreeningWeights weights = new ScreeningWeights(30, 20, 15, 5, 5, 25, 15, 20, 25, Map.of(HouseholdFlag.YOUNG_CARER, 15));
		assertThat(weights.asParameter()).containsEntry("inArrears", 30)
			.containsEntry("noRecentContact", 15)
			.containsEntry("flags", Map.of("YOUNG_CARER", 15))
			// when contact is recent is tsunagu.contact.live-days, shared with lostConnections, not a weight
			.doesNotContainKey("staleDays");
	}

	@Test
	void negativePointsAreRefusedSoAHigherScoreAlwaysMeansMoreReasons() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScreeningWeights(30, -1, 15, 5, 5, 25, 15, 20, 25, Map.of()))
			.withMessageContaining("-1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScreeningWeights(30, 20, 15, 5, 5, 25, 15, 20, 25, Map.of(HouseholdFlag.FREELANCE, -5)));
	}
}
