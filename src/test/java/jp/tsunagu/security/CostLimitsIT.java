package jp.tsunagu.security;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default request limits against requests that fan out: list sizes and expensive fields are counted, and a
 * request over the limit is refused before the hub reads anything.
 */
class CostLimitsIT extends HubIntegrationTest {

	@Test
	void nineHundredAliasedPagesOfAHundredHouseholdsAreRefusedBeforeAnythingIsRead() {
		HttpGraphQlTester coordinator = patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)));
		String document = aliases(900, "households(first: 100) { totalCount }");

		statements.reset();
		ResponseError error = onlyError(coordinator, document);

		assertThat(statements.count()).isZero();
		assertThat(error.getExtensions()).containsEntry("classification", "QUERY_TOO_COSTLY")
			.containsEntry("code", "QUERY_TOO_COSTLY")
			// each: 1 + 100 rows read + totalCount 1
			.containsEntry("cost", 900 * (1 + 100 + 1))
			.containsEntry("limit", 25000);
		assertThat(error.getMessage()).startsWith("The query would cost 91800").contains("at most 25000");
		assertThat((String) error.getExtensions().get("messageJa")).contains("コスト", "91800", "25000");
	}

	@Test
	void twentyAliasedDeepNeighbourhoodsAreRefusedWhileOneIsAnswered() {
		String council = idOfNamed("Organization", "小野市社会福祉協議会");
		String one = "neighborhood(id: \"" + council + "\", depth: 3, limit: 1000) { truncated nodes { id } }";

		ResponseError error = onlyError(patient(graphQl), aliases(20, one));

		// each: 1 + 1000 nodes read + truncated 1 + nodes 1000 × (1 + id 1) + depth 3 × limit 1000
		assertThat(error.getExtensions()).containsEntry("classification", "QUERY_TOO_COSTLY").containsEntry("cost",
				20 * (1 + 1000 + 1 + 1000 * 2 + 3000));
		patient(graphQl).document("{ " + one + " }").execute().errors().verify().path("neighborhood.nodes").hasValue();
	}

	@Test
	void tooManyTopLevelFieldsAreRefusedEvenWhenEachIsCheap() {
		ResponseError error = onlyError(graphQl, aliases(60, "organizations(first: 1) { totalCount }"));

		assertThat(error.getExtensions()).containsEntry("classification", "TOO_MANY_ROOT_FIELDS")
			.containsEntry("rootFields", 60)
			.containsEntry("limit", 50);
		assertThat((String) error.getExtensions().get("messageJa")).contains("60", "50");
	}

	/**
	 * More concurrent reads than the driver's connection pool queues: fields that cannot get a connection are answered
	 * as a passing database fault to retry, never as an internal error.
	 */
	@Test
	void anOverloadedHubAnswersRetryNeverInternalError() {
		HttpGraphQlTester coordinator = patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)));
		String document = aliases(50, "households(first: 1) { totalCount }");

		List<String> classifications = Flux.range(0, 8)
			.parallel(8)
			.runOn(Schedulers.boundedElastic())
			.map(i -> {
				List<String> seen = new java.util.ArrayList<>();
				coordinator.document(document).execute().errors().satisfy(errors -> errors
					.forEach(error -> seen.add(String.valueOf(error.getExtensions().get("classification")))));
				return seen;
			})
			.sequential()
			.collectList()
			.block()
			.stream()
			.flatMap(List::stream)
			.toList();

		assertThat(classifications).doesNotContain("INTERNAL_ERROR");
		assertThat(classifications)
			.allMatch(classification -> List.of("RETRYABLE", "UNAVAILABLE", "TIMED_OUT").contains(classification));
	}

	private static String aliases(int count, String field) {
		return IntStream.range(0, count).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" ", "{ ", " }"));
	}

	/** Waits longer than the hub's own 30 s timeout, so a cancelled request is seen with the hub's answer. */
	private static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		Duration patience = Duration.ofSeconds(90);
		return tester.mutate()
			.webTestClient(client -> client.responseTimeout(patience))
			.responseTimeout(patience)
			.build();
	}

	private static ResponseError onlyError(HttpGraphQlTester tester, String document) {
		ResponseError[] only = new ResponseError[1];
		tester.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			only[0] = errors.get(0);
		});
		return only[0];
	}
}
