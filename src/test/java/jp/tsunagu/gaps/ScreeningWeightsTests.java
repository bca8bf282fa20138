package jp.tsunagu.gaps;

import java.util.Map;

import jp.tsunagu.household.HouseholdFlag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScreeningWeightsTests {

	@Test
	void theWeightsBecomeOneCypherParameterWithFlagsByName() {
		ScreeningWeights weights = new ScreeningWeights(30, 20, 15, 5, 5, 25, 15, 180,
				Map.of(HouseholdFlag.YOUNG_CARER, 15));
		assertThat(weights.asParameter()).containsEntry("inArrears", 30)
			.containsEntry("staleDays", 180)
			.containsEntry("flags", Map.of("YOUNG_CARER", 15));
	}

	@Test
	void negativePointsAreRefusedSoAHigherScoreAlwaysMeansMoreReasons() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScreeningWeights(30, -1, 15, 5, 5, 25, 15, 180, Map.of()))
			.withMessageContaining("-1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScreeningWeights(30, 20, 15, 5, 5, 25, 15, 180, Map.of(HouseholdFlag.FREELANCE, -5)));
	}
}
