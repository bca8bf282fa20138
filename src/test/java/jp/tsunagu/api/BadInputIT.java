package jp.tsunagu.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few hundred malformed and hostile requests, drawn from a fixed seed: none gets a 5xx, every refusal says why
 * (a problem body or a GraphQL error with a message), and nothing is half-written (every organisation has its area,
 * every network its covered areas, no name holds a control or invisible format character).
 */
class BadInputIT extends HubIntegrationTest {

	private static final int REQUESTS = 300;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String[] HOSTILE = { "\u0000", "\u001B[2J\u001B[31m", "\uFEFF", "\u202E", "\u200B\u200B",
			"\uFFFF", "\uFDD0", "\uD800", "' OR 1=1 //", "\"}) DETACH DELETE n //", "$where", "${jndi:ldap://x/a}",
			"<script>alert(1)</script>", "../../etc/passwd", "\\u0000", "　", "😀", "𠮷", "a".repeat(5000), "" };

	private static final String[] CONTENT_TYPES = { "application/json", "text/plain", "application/x-www-form-urlencoded",
			"application/xml", "application/graphql-response+json", null };

	@Autowired
	private WebTestClient autowired;

	@Test
	void hostileRequestsGetNo5xxAndAReasonAndWriteNothingHalfway() {
		WebTestClient web = autowired.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		String admin = token(new Caller("test.admin", Role.ADMINISTRATOR, null, null));
		Random random = new Random(20261206L);
		long organizationsBefore = count("MATCH (o:Organization) RETURN count(o)");
		List<String> refusedWithoutReason = new ArrayList<>();
		int refusals = 0;

		for (int i = 0; i < REQUESTS; i++) {
			Request request = request(random, admin);
			EntityExchangeResult<String> answer = send(web, request);
			int status = answer.getStatus().value();
			String body = answer.getResponseBody();
			assertThat(status).as(request.describe() + " -> " + body).isLessThan(500);
			String reason = reason(status, body);
			if (status >= 400 || reason != null) {
				refusals++;
				if (reason == null || reason.isBlank()) {
					refusedWithoutReason.add(request.describe() + " -> " + status + " " + body);
				}
			}
		}

		assertThat(refusedWithoutReason).isEmpty();
		assertThat(refusals).isGreaterThan(REQUESTS / 2);
		assertThat(count("""
				MATCH (o:Organization) WHERE NOT (o)-[:LOCATED_IN]->(:Area) OR o.name IS NULL OR o.name = ''
				  OR o.name =~ '.*[\\\\x{0000}-\\\\x{001F}\\\\x{200B}\\\\x{202E}\\\\x{FEFF}\\\\x{FFFF}].*'
				RETURN count(o)""")).isZero();
		assertThat(count("MATCH (n:Network) WHERE NOT (n)-[:COVERS]->(:Area) AND n.createdAt >= $started RETURN count(n)",
				"started", started())).isZero();
		assertThat(count("MATCH (o:Organization) RETURN count(o)")).isGreaterThanOrEqualTo(organizationsBefore);
	}

	/** What the answer says is wrong, or null when it reports nothing wrong. */
	private static String reason(int status, String body) {
		if (body == null || body.isBlank()) {
			return status >= 400 ? "" : null;
		}
		JsonNode answer;
		try {
			answer = json.readTree(body);
		}
		catch (RuntimeException notJson) {
			return status >= 400 ? "" : null;
		}
		if (answer.has("detail")) {
			return answer.path("detail").asString();
		}
		if (answer.path("errors").isArray() && !answer.path("errors").isEmpty()) {
			return answer.path("errors").path(0).path("message").asString();
		}
		for (JsonNode payload : answer.path("data")) {
			if (payload.path("errors").isArray() && !payload.path("errors").isEmpty()) {
				return payload.path("errors").path(0).path("message").asString();
			}
		}
		return status >= 400 ? "" : null;
	}

	private static EntityExchangeResult<String> send(WebTestClient web, Request request) {
		WebTestClient.RequestBodySpec spec = web.method(request.method).uri(request.path);
		if (request.token != null) {
			spec.header("Authorization", "Bearer " + request.token);
		}
		if (request.contentType != null) {
			spec.header("Content-Type", request.contentType);
		}
		WebTestClient.RequestHeadersSpec<?> ready = request.body == null ? spec : spec.bodyValue(request.body);
		return ready.exchange().expectBody(String.class).returnResult();
	}

	private Request request(Random random, String admin) {
		String hostile = pick(random, HOSTILE) + (random.nextBoolean() ? "悪意の会" + random.nextInt(1000) : "")
				+ pick(random, HOSTILE);
		String token = switch (random.nextInt(5)) {
			case 0 -> null;
			case 1 -> "not.a.token";
			case 2 -> admin.substring(0, admin.length() - 3) + "abc";
			default -> admin;
		};
		String path = random.nextInt(10) == 0 ? "/auth/token" : "/graphql";
		HttpMethod method = random.nextInt(8) == 0 ? pick(random, new HttpMethod[] { HttpMethod.GET, HttpMethod.PUT,
				HttpMethod.DELETE, HttpMethod.PATCH }) : HttpMethod.POST;
		String contentType = random.nextInt(6) == 0 ? pick(random, CONTENT_TYPES) : "application/json";
		String body = switch (random.nextInt(12)) {
			case 0 -> "{\"query\": ";
			case 1 -> "";
			case 2 -> "{\"query\": \"\"}";
			case 3 -> "[1, 2, 3]";
			case 4 -> "{\"query\": \"" + "{ a ".repeat(200) + "\"}";
			case 5 -> "{\"query\": \"{ organizations(first: -5) { totalCount } }\"}";
			case 6 -> graphQl("mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { id } errors { message } } }",
					Map.of("name", hostile, "kind", "COUNCIL", "coveredAreaCodes", List.of(random.nextBoolean() ? "282189" : hostile)));
			case 7 -> graphQl("query($input: OrganizationFilter) { organizations(first: 3, filter: $input) { totalCount } }",
					Map.of("text", hostile));
			case 8 -> json.writeValueAsString(Map.of("username", hostile, "password", hostile));
			default -> graphQl("mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } errors { message } } }",
					organization(random, hostile));
		};
		return new Request(method, path, contentType, token, body);
	}

	private static Map<String, Object> organization(Random random, String hostile) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", hostile);
		input.put("kind", random.nextInt(6) == 0 ? hostile : "NPO");
		input.put("locationCode", random.nextInt(4) == 0 ? hostile : "282189");
		if (random.nextBoolean()) {
			input.put("servedAreaCodes", List.of("282189", random.nextBoolean() ? "282146" : hostile));
		}
		if (random.nextBoolean()) {
			input.put("description", hostile + "\n" + hostile);
		}
		return input;
	}

	private static String graphQl(String query, Map<String, Object> input) {
		Map<String, Object> body = new HashMap<>();
		body.put("query", query);
		if (!input.isEmpty()) {
			body.put("variables", Map.of("input", input));
		}
		return json.writeValueAsString(body);
	}

	private static <T> T pick(Random random, T[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	private record Request(HttpMethod method, String path, String contentType, String token, String body) {

		String describe() {
			String shown = body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
			return method + " " + path + " [" + contentType + "] " + shown;
		}
	}
}
