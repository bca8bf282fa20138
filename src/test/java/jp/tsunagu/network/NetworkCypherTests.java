package jp.tsunagu.network;

import java.util.Map;

import jp.tsunagu.support.GoldenCypher;
import org.junit.jupiter.api.Test;

/** The statements of networks' and members' child fields, when their data loaders read them for many parents. */
class NetworkCypherTests {

	@Test
	void childFieldStatementsMatchTheirGoldenFiles() {
		GoldenCypher.verify(Map.of("network/organization-memberships",
				NetworkQueries.ORGANIZATION_MEMBERSHIPS.batchStatement(), "network/person-memberships",
				NetworkQueries.PERSON_MEMBERSHIPS.batchStatement(), "network/members", NetworkQueries.MEMBERS.batchStatement(),
				"network/covered-areas", NetworkQueries.COVERED_AREAS.batchStatement(), "network/parent",
				NetworkQueries.PARENT.batchStatement(), "network/subcommittees", NetworkQueries.SUBCOMMITTEES.batchStatement()));
	}
}
