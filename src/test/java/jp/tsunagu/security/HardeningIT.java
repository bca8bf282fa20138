package jp.tsunagu.security;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request limits, set low enough to reach (a context and database of its own, without the demo network: the
 * limits apply before any data is read). Every test signs in as a caller of its own, so the rate limit of one test
 * does not spill into another.
 */
@TestPropertySource(properties = { "tsunagu.limits.max-depth=4", "tsunagu.limits.max-cost=30",
		"tsunagu.limits.max-root-fields=20",
		"tsunagu.limits.max-request-size=4KB", "tsunagu.limits.requests-per-minute=5", "tsunagu.demo.load-when-empty=false" })
class HardeningIT extends HubIntegrationTest {

	@Autowired
	private WebTestClient http;

	@Test
	void aQueryWithinTheLimitsIsAnswered() {
		fresh().document("{ organizations(first: 2) { totalCount edges { node { name } } } }")
			.execute()
			.path("organizations.totalCount")
			.hasValue();
	}

	@Test
	void aQueryNestedTooDeeplyIsRejected() {
		ResponseError error = onlyError(fresh(),
				"{ organizations(first: 1) { edges { node { location { parent { name } } } } } }");

		assertThat(error.getMessage()).isEqualTo(
				"The query nests fields 6 levels deep; the hub allows at most 4. Ask for fewer levels, or split the query");
		assertThat(error.getExtensions()).containsEntry("classification", "QUERY_TOO_DEEP").containsEntry("limit", 4);
	}

	@Test
	void aQueryCostingTooMuchIsRejected() {
		String aliases = IntStream.range(0, 11)
			.mapToObj(i -> "o" + i + ": organizations(first: 2) { totalCount }")
			.collect(Collectors.joining(" ", "{ ", " }"));

		ResponseError error = onlyError(fresh(), aliases);

		// each alias: 1 + 2 rows read + totalCount 1
		assertThat(error.getMessage()).startsWith("The query would cost 44 ").contains("the hub allows at most 30");
		assertThat(error.getExtensions()).containsEntry("classification", "QUERY_TOO_COSTLY").containsEntry("cost", 44)
			.containsEntry("limit", 30);
	}

	@Test
	void aQueryWithTooManyTopLevelFieldsIsRejected() {
		// cheap (cost 22), but 21 fields at the top
		String aliases = IntStream.range(0, 20)
			.mapToObj(i -> "t" + i + ": __typename")
			.collect(Collectors.joining(" ", "{ me { username } ", " }"));

		ResponseError error = onlyError(fresh(), aliases);

		assertThat(error.getMessage()).isEqualTo(
				"The query selects 21 top-level fields (aliases counted); the hub allows at most 20. Split the query");
		assertThat(error.getExtensions()).containsEntry("classification", "TOO_MANY_ROOT_FIELDS").containsEntry("limit", 20);
	}

	/** GraphiQL's schema query nests deeper and selects more than the limits here: introspection is bounded apart. */
	@Test
	void introspectionIsAnsweredByDefault() {
		// the whole schema's introspection outgrows the test client's default 256 KB buffer, not GraphiQL's
		fresh().mutate()
			.webTestClient(client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)))
			.build()
			.document(INTROSPECTION)
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

	@Test
	void aBodyOverTheSizeLimitIsAnswered413() {
		String padding = "#" + "x".repeat(5000) + "\n";
		String body = "{\"query\": \"" + padding.replace("\n", "\\n") + "{ __typename }\"}";

		assertTooLarge(http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body));
		// Chunked, with no Content-Length to go by: the bytes are counted as they arrive.
		assertTooLarge(http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromPublisher(Flux.just(body.substring(0, 3000), body.substring(3000)), String.class)));
	}

	@Test
	void aCallerOverTheRateLimitIsToldWhenToRetryWhileOthersGoOn() {
		String busy = token(caller());
		for (int i = 0; i < 5; i++) {
			assertThat(typename(busy).getResponseBody()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
		}
		// Five fit in any one minute, so within six more (should a minute end meanwhile) one is refused.
		EntityExchangeResult<String> refused = IntStream.range(0, 6)
			.mapToObj(i -> typename(busy))
			.filter(result -> result.getResponseBody().contains("RATE_LIMITED"))
			.findFirst()
			.orElseThrow();

		long retryAfter = Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 60L);
		assertThat(refused.getResponseBody()).contains("Too many requests: the hub answers 5 requests a minute per caller; retry in "
				+ retryAfter + " s", "\"retryAfterSeconds\":" + retryAfter, "\"limit\":5");
		assertThat(typename(token(caller())).getResponseBody()).doesNotContain("errors");
	}

	private EntityExchangeResult<String> typename(String token) {
		return http.post()
			.uri("/graphql")
			.headers(headers -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
	}

	private static void assertTooLarge(WebTestClient.RequestHeadersSpec<?> request) {
		request.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(413)
			.jsonPath("$.detail")
			.isEqualTo("The request body is larger than 4096 bytes, the most the hub reads at /graphql. "
					+ "Send a shorter query, or pass large values in fewer requests")
			.jsonPath("$.errors[0].message")
			.isEqualTo("The request body is larger than 4096 bytes, the most the hub reads at /graphql. "
					+ "Send a shorter query, or pass large values in fewer requests")
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("REQUEST_TOO_LARGE")
			.jsonPath("$.errors[0].extensions.limit")
			.isEqualTo(4096);
	}

	private static ResponseError onlyError(HttpGraphQlTester tester, String document) {
		ResponseError[] only = new ResponseError[1];
		tester.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			only[0] = errors.get(0);
		});
		return only[0];
	}

	private HttpGraphQlTester fresh() {
		return as(caller());
	}

	private static Caller caller() {
		return new Caller("hardening." + UUID.randomUUID(), Role.ADMINISTRATOR, null, null);
	}

	/** As GraphiQL sends it (graphql-js 16 {@code getIntrospectionQuery()}). */
	private static final String INTROSPECTION = """
			query IntrospectionQuery {
			  __schema {
			    queryType { name }
			    mutationType { name }
			    subscriptionType { name }
			    types { ...FullType }
			    directives { name description locations args { ...InputValue } }
			  }
			}
			fragment FullType on __Type {
			  kind name description
			  fields(includeDeprecated: true) {
			    name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
			  }
			  inputFields { ...InputValue }
			  interfaces { ...TypeRef }
			  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
			  possibleTypes { ...TypeRef }
			}
			fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
			fragment TypeRef on __Type {
			  kind name ofType { kind name ofType { kind name ofType { kind name ofType {
			    kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
			}
			""";
}
