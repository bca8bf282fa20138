package jp.tsunagu;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A directory page of organisations with their areas, networks, services and other ties costs the
 * same number of Cypher statements for 5 organisations as for 50: one for the page, one per child
 * field, never one per organisation.
 */
class NoNPlusOneIT extends HubIntegrationTest {

	@Test
	void aNestedListCostsAConstantNumberOfStatements() {
		assertThat(count("MATCH (o:Organization) WHERE NOT o.archived RETURN count(o)")).isGreaterThanOrEqualTo(50);

		int forFive = statementsFor(5);
		int forFifty = statementsFor(50);

		// A child field is fetched once for the whole page, and not at all when no parent has children:
		// five may cost less than fifty, but neither may cost a statement per organisation.
		assertThat(forFive).isLessThanOrEqualTo(forFifty);
		// page + location + parent of location + servedAreas + operator + facilities + collaborations
		// + memberships + services + needs + availableIn + fields + staff
		assertThat(forFifty).isLessThanOrEqualTo(13);
	}

	private int statementsFor(int organizations) {
		statements.reset();
		graphQl.documentName("organizations-with-ties")
			.variable("first", organizations)
			.execute()
			.path("organizations.edges")
			.entityList(Object.class)
			.hasSize(organizations);
		return statements.count();
	}
}
