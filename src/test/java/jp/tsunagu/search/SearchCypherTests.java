package jp.tsunagu.search;

import java.util.Map;

import jp.tsunagu.support.GoldenCypher;
import org.junit.jupiter.api.Test;

class SearchCypherTests {

	@Test
	void composedStatementsMatchTheirGoldenFiles() {
		GoldenCypher.verify(Map.of("search/all-types", SearchQueries.SEARCH_ALL_TYPES, "search/some-types",
				SearchQueries.SEARCH_SOME_TYPES));
	}
}
