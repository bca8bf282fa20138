package jp.tsunagu.mapping;

import java.util.Map;

import jp.tsunagu.support.GoldenCypher;
import org.junit.jupiter.api.Test;

class MappingCypherTests {

	/** The statements differ by their bound only, so the longest stands for all. */
	@Test
	void composedStatementsMatchTheirGoldenFiles() {
		GoldenCypher.verify(Map.of("mapping/connection-path", ConnectionPathQueries.cypher(ConnectionPathQueries.MAX_LENGTH),
				"mapping/neighborhood", NeighborhoodQueries.cypher(NeighborhoodQueries.MAX_DEPTH), "mapping/network-map",
				NetworkMapQueries.CYPHER));
	}
}
