package jp.tsunagu.graph;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which statements a cluster's readers may answer: the hub's reads go out in READ sessions, which a routing driver
 * sends to readers and the database refuses to write in; household reads (they write their audit event) and
 * mutations go out in WRITE transactions, for the leader.
 */
class AccessModeIT extends HubIntegrationTest {

	@Autowired
	ReactiveNeo4jClient client;

	@Autowired
	TransactionalOperator transaction;

	@Autowired
	MeterRegistry meters;

	@Test
	void theDatabaseRefusesAWriteOutsideATransactionBecauseItArrivesAsARead() {
		assertThatThrownBy(() -> client.query("CREATE (:AccessModeProbe {createdAt: datetime()})").run().block())
			.hasMessageContaining("read access mode");
		transaction.transactional(client.query("CREATE (:AccessModeProbe {createdAt: datetime()})").run()).block();
		assertThat(count("MATCH (p:AccessModeProbe) RETURN count(p)")).isOne();
	}

	@Test
	void directoryMapsPathsSearchAndGapsOpenReadSessionsOnly() {
		String council = idOfNamed("Organization", "小野市社会福祉協議会");
		String corporation = idOfNamed("Organization", "社会福祉法人あお野会");
		Sessions before = sessions();
		patient(anonymous).document("""
				{ organizations(filter: {text: "小野"}, first: 5) { totalCount edges { node { name location { name }
				    memberships { network { name } } services { name } } } }
				  search(text: "小野", first: 3) { edges { node { __typename } } }
				  serviceGaps(area: "282189") { uncovered { need { labelJa } } } }""").execute().errors().verify();
		patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)))
			.document("""
					query ($from: ID!, $to: ID!) { me { username } connectionPath(from: $from, to: $to) { length }
					  networkMap(area: "282189", first: 10) { totalCount nodes { name } ties { kind } } }""")
			.variable("from", council)
			.variable("to", corporation)
			.execute()
			.errors()
			.verify();
		Sessions used = sessions().since(before);
		assertThat(used.writes()).isZero();
		assertThat(used.reads()).isPositive();
	}

	@Test
	void aHouseholdReadAndAMutationEachWriteInOneWriteTransaction() {
		String household = householdIdOf("HH-282189-0001");
		Sessions before = sessions();
		patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)))
			.document("query ($id: ID!) { household(id: $id) { code } }")
			.variable("id", household)
			.execute()
			.path("household.code")
			.entity(String.class)
			.isEqualTo("HH-282189-0001");
		assertThat(sessions().since(before).writes()).isOne();

		Sessions beforeMutation = sessions();
		patient(graphQl).document("""
				mutation { createOrganization(input: {name: "アクセスモード確認", kind: NPO, locationCode: "282189"}) {
				  errors { message } organization { name location { name } } } }""")
			.execute()
			.path("createOrganization.organization.location.name")
			.entity(String.class)
			.isEqualTo("小野市");
		assertThat(sessions().since(beforeMutation).writes()).isOne();
	}

	/** A first request on a busy build machine also waits for its Cypher to be planned. */
	private static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		Duration patience = Duration.ofSeconds(60);
		return tester.mutate().webTestClient(client -> client.responseTimeout(patience)).responseTimeout(patience).build();
	}

	private Sessions sessions() {
		return new Sessions(counted("read"), counted("write"));
	}

	private double counted(String access) {
		return meters.get("tsunagu.neo4j.sessions").tag("access", access).counter().count();
	}

	private record Sessions(double reads, double writes) {

		Sessions since(Sessions before) {
			return new Sessions(reads - before.reads, writes - before.writes);
		}
	}
}
