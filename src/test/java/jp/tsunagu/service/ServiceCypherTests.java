package jp.tsunagu.service;

import java.util.Map;

import jp.tsunagu.support.GoldenCypher;
import org.junit.jupiter.api.Test;

/** The statements of services' child fields and connections, when their data loaders read them for many parents. */
class ServiceCypherTests {

	@Test
	void childFieldStatementsMatchTheirGoldenFiles() {
		GoldenCypher.verify(Map.of("service/provided-by", ServiceQueries.PROVIDED.batchStatement(), "service/provider",
				ServiceQueries.PROVIDER.batchStatement(), "service/needs", ServiceQueries.NEEDS.batchStatement(),
				"service/available-in", ServiceQueries.AVAILABLE_IN.batchStatement(), "service/fed-by-partner-systems",
				ServiceQueries.FED_BY.cypher()));
	}
}
