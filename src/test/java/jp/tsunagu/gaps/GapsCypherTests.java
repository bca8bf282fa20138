package jp.tsunagu.gaps;

import java.util.Map;

import jp.tsunagu.support.GoldenCypher;
import org.junit.jupiter.api.Test;

class GapsCypherTests {

	@Test
	void composedStatementsMatchTheirGoldenFiles() {
		GoldenCypher.verify(Map.of("gaps/service-gaps", ServiceGapQueries.GAPS, "gaps/lost-connections",
				HouseholdRanking.statement(LostConnectionQueries.ROWS), "gaps/loan-screening",
				HouseholdRanking.statement(LoanScreeningQueries.ROWS)));
	}
}
