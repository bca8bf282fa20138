package jp.tsunagu.mapping;

import java.util.Map;

import jp.tsunagu.support.GoldenCypher;
import org.junit.jupiter.api.Test;

class MappingCypherTests {

	/** The statements differ by their bound only, so the longest stands for all. */
	@Test
	void composedStatementsMatchTheirGoldenFiles() {
		GoldenCypher.verify(Map.of("mapping/connection-path", ConnectionPaths.cypher(ConnectionPaths.MAX_LENGTH),
				"mapping/neighborhood", Neighborhoods.cypher(Neighborhoods.MAX_DEPTH), "mapping/network-map",
				NetworkMaps.CYPHER));
	}
}
