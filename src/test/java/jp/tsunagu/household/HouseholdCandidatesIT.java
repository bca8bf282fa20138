package jp.tsunagu.household;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Household lists start from the households of the caller's organisation (records it holds, consents naming it)
 * instead of from every household, then apply the scope predicate: for every organisation of the demo network that
 * holds a record, is named in a consent or supports a household, in each role that has households, and for every
 * 民生委員, the list is exactly what {@link HouseholdScope#VISIBLE} admits among all households.
 */
class HouseholdCandidatesIT extends HubIntegrationTest {

	@Test
	void everyCallersListIsExactlyWhatTheScopeAdmitsAmongAllHouseholds() {
		List<Caller> callers = callers();
		assertThat(callers).hasSizeGreaterThan(30);
		int seeingSome = 0;
		for (Caller caller : callers) {
			List<String> admitted = admitted(caller, "true");
			GraphQlTester.Response response = patient(as(caller)).documentName("scope-households").execute();
			response.path("households.edges[*].node.code")
				.entityList(String.class)
				.satisfies(codes -> assertThat(codes).as(caller.toString()).containsExactlyElementsOf(admitted));
			response.path("households.totalCount").entity(Long.class).isEqualTo((long) admitted.size());
			seeingSome += admitted.isEmpty() ? 0 : 1;
		}
		assertThat(seeingSome).isGreaterThan(10);
	}

	/** The household rankings (loanScreening, lostConnections) start from the same households. */
	@Test
	void everyCoordinatorsLoanScreeningCountsWhatTheScopeAdmits() {
		for (Caller caller : callers()) {
			if (caller.role() == Role.COORDINATOR) {
				patient(as(caller)).document("{ loanScreening(first: 1) { totalCount } }")
					.execute()
					.path("loanScreening.totalCount")
					.entity(Long.class)
					.isEqualTo((long) admitted(caller, "EXISTS { (h)-[:HAS_LOAN]->(:Loan) }").size());
			}
		}
	}

	/** The first use of a large statement is planned: on a busy machine that can take longer than 5 s. */
	private static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		return tester.mutate()
			.webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60)))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

	/** Coordinators and member staff of every organisation tied to a household, and every 民生委員 with their 民児協. */
	private List<Caller> callers() {
		List<Caller> callers = new ArrayList<>();
		try (Session session = driver.session()) {
			session.run("""
					MATCH (o:Organization)
					WHERE EXISTS { (o)<-[:RECORD_HELD_BY]-(:Household) } OR EXISTS { (o)<-[:TO]-(:Consent) }
					   OR EXISTS { (o)-[:SUPPORTS]->(:Household) }
					RETURN o.id AS id ORDER BY id""").list(row -> row.get("id").asString()).forEach(id -> {
				String scope = id.substring(0, 8);
				callers.add(new Caller("test.candidates.c." + scope, Role.COORDINATOR, id, null));
				callers.add(new Caller("test.candidates.s." + scope, Role.MEMBER_STAFF, id, null));
			});
			session.run("""
					MATCH (p:CommissionedVolunteer)-[:BELONGS_TO]->(o:Organization)
					RETURN p.id AS person, o.id AS organization ORDER BY person""").list(row -> new Caller(
							"test.candidates.v." + row.get("person").asString().substring(0, 8),
							Role.COMMISSIONED_VOLUNTEER, row.get("organization").asString(), row.get("person").asString()))
				.forEach(callers::add);
		}
		return callers;
	}

	/** Codes of every unarchived household the scope lets the caller see, that also meets {@code condition}. */
	private List<String> admitted(Caller caller, String condition) {
		try (Session session = driver.session()) {
			return session.run("MATCH (h:Household) WHERE NOT h.archived AND " + condition + " AND "
					+ HouseholdScope.VISIBLE + " RETURN h.code AS code ORDER BY code",
					Map.of("viewer", caller.asParameter())).list(row -> row.get("code").asString());
		}
	}
}
