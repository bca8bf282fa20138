package jp.tsunagu.discovery;

import java.util.Map;

import jp.tsunagu.support.GoldenCypher;
import org.junit.jupiter.api.Test;

class DiscoveryCypherTests {

	@Test
	void composedStatementsMatchTheirGoldenFiles() {
		GoldenCypher.verify(Map.of("discovery/discover-for-household", DiscoveryQueries.DISCOVER_FOR_HOUSEHOLD,
				"discovery/discover-for-needs", DiscoveryQueries.DISCOVER_FOR_NEEDS, "discovery/who-knows",
				DiscoveryQueries.WHO_KNOWS));
	}
}
