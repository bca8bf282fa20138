package jp.tsunagu.organization;

import java.util.Map;

import jp.tsunagu.support.GoldenCypher;
import org.junit.jupiter.api.Test;

/** The statements of an organisation's child fields, when their data loaders read them for many organisations. */
class OrganizationCypherTests {

	@Test
	void childFieldStatementsMatchTheirGoldenFiles() {
		GoldenCypher.verify(Map.of("organization/location", OrganizationQueries.LOCATION.batchStatement(),
				"organization/served-areas", OrganizationQueries.SERVED_AREAS.batchStatement(),
				"organization/operator", OrganizationQueries.OPERATOR.batchStatement(),
				"organization/facilities", OrganizationQueries.FACILITIES.batchStatement(),
				"organization/collaborations", OrganizationQueries.COLLABORATIONS.batchStatement()));
	}
}
