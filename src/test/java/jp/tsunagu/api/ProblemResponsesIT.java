package jp.tsunagu.api;

import java.time.Duration;
import java.util.Map;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals at the HTTP level carry an {@code application/problem+json} body that names the cause, at the GraphQL
 * endpoint and at sign-in; a request without a query gets a GraphQL error.
 */
class ProblemResponsesIT extends HubIntegrationTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private WebTestClient autowired;

	private WebTestClient web;

	@BeforeEach
	void patientClient() {
		web = autowired.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void aWrongContentTypeAtTheGraphQlEndpointIsNamed() {
		JsonNode problem = problem(web.post().uri("/graphql").contentType(MediaType.TEXT_PLAIN).bodyValue("{ __typename }")
			.exchange().expectBody(String.class).returnResult(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(problem.path("detail").asString()).contains("text/plain", "application/json");
	}

	@Test
	void aGetAtTheGraphQlEndpointIsNotAllowedAndSaysSo() {
		String mutation = "mutation { archiveOrganization(id: \"x\") { errors { message } } }";
		JsonNode problem = problem(web.get().uri("/graphql?query={query}", mutation)
			.exchange().expectBody(String.class).returnResult(), HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(problem.path("detail").asString()).startsWith("このメソッドは使えません。/graphql では GET は使えません")
			.doesNotContain("not allowed");
		JsonNode inEnglish = problem(web.get().uri("/graphql?query={query}", mutation).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange().expectBody(String.class).returnResult(), HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(inEnglish.path("detail").asString()).contains("GET is not allowed at /graphql").doesNotContain("使えません");
	}

	@Test
	void aBadTokenIsRefusedWithTheReason() {
		JsonNode problem = problem(web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9,ja;q=0.5")
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange().expectBody(String.class).returnResult(), HttpStatus.UNAUTHORIZED);
		assertThat(problem.path("detail").asString()).contains("Sign-in required", "Bearer").doesNotContain("認証");
		JsonNode japanese = problem(web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token")
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange().expectBody(String.class).returnResult(), HttpStatus.UNAUTHORIZED);
		assertThat(japanese.path("detail").asString()).startsWith("認証が必要です").contains("Bearer")
			.doesNotContain("Sign-in required");
	}

	@Test
	void malformedJsonIsABadRequest() {
		JsonNode problem = problem(web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\": ")
			.exchange().expectBody(String.class).returnResult(), HttpStatus.BAD_REQUEST);
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	@Test
	void anEmptyQueryGetsAGraphQlError() {
		for (String body : new String[] { "{\"query\": \"\"}", "{}", "{\"query\": \"   \"}" }) {
			EntityExchangeResult<String> answer = web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body).exchange().expectBody(String.class).returnResult();
			assertThat(answer.getResponseBody()).as(body).isNotBlank();
			JsonNode answered = json.readTree(answer.getResponseBody());
			String reason = answered.has("detail") ? answered.path("detail").asString()
					: answered.path("errors").path(0).path("message").asString();
			assertThat(reason).as(body).contains("query");
		}
	}

	@Test
	void theActuatorBeyondHealthIsForAdministratorsAndSaysSo() {
		problem(web.get().uri("/actuator/metrics").exchange().expectBody(String.class).returnResult(),
				HttpStatus.UNAUTHORIZED);
		String coordinator = token(new Caller("test.problem.coordinator", Role.COORDINATOR, null, null));
		JsonNode forbidden = problem(web.get().uri("/actuator/metrics").headers(h -> h.setBearerAuth(coordinator))
			.exchange().expectBody(String.class).returnResult(), HttpStatus.FORBIDDEN);
		assertThat(forbidden.path("detail").asString()).contains("/actuator/metrics", "管理者用");
	}

	@Test
	void anUnknownPathIsNamed() {
		JsonNode problem = problem(web.get().uri("/no/such/thing").exchange().expectBody(String.class).returnResult(),
				HttpStatus.NOT_FOUND);
		assertThat(problem.path("detail").asString()).contains("/no/such/thing");
	}

	@Test
	void signInRefusalsAreProblemsThatOAuthClientsStillRead() {
		problem(web.post().uri("/auth/token").contentType(MediaType.TEXT_PLAIN).bodyValue("user:password").exchange()
			.expectBody(String.class).returnResult(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		problem(web.post().uri("/auth/token").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"username\": ")
			.exchange().expectBody(String.class).returnResult(), HttpStatus.BAD_REQUEST);
		JsonNode missing = problem(web.post().uri("/auth/token").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
			.exchange().expectBody(String.class).returnResult(), HttpStatus.BAD_REQUEST);
		assertThat(missing.path("error").asString()).isEqualTo("invalid_request");
		JsonNode wrong = problem(web.post().uri("/auth/token").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "nobody.at.all", "password", "guess")).exchange().expectBody(String.class)
			.returnResult(), HttpStatus.UNAUTHORIZED);
		assertThat(wrong.path("error").asString()).isEqualTo("invalid_grant");
		problem(web.get().uri("/auth/token").exchange().expectBody(String.class).returnResult(),
				HttpStatus.METHOD_NOT_ALLOWED);
	}

	/** The answer is a problem of this status whose detail says something. */
	static JsonNode problem(EntityExchangeResult<String> answer, HttpStatus status) {
		assertThat(answer.getStatus().value()).as(answer.getUrl() + " " + answer.getResponseBody()).isEqualTo(status.value());
		assertThat(answer.getResponseHeaders().getContentType()).as(answer.getUrl().toString())
			.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = json.readTree(answer.getResponseBody());
		assertThat(problem.path("status").asInt()).isEqualTo(status.value());
		assertThat(problem.path("title").asString()).isEqualTo(status.getReasonPhrase());
		assertThat(problem.path("detail").asString()).isNotBlank();
		return problem;
	}
}
