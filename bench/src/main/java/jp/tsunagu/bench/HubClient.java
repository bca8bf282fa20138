package jp.tsunagu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** The hub over HTTP, for setting up and capturing (the measured requests go through Gatling). */
final class HubClient {

	private static final Pattern OPERATION = Pattern.compile("\\s*(?:query|mutation)\\s+(\\w+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String baseUrl;

	HubClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** A bearer token for a local account ({@code POST /auth/token}). */
	String signIn(String username, String password) {
		HttpResponse<String> response = post("/auth/token", null,
				Json.write(Map.of("username", username, "password", password)));
		if (response.statusCode() != 200) {
			throw new BenchException("sign-in of " + username + " failed: HTTP " + response.statusCode() + " "
					+ response.body());
		}
		return Json.parse(response.body()).path("access_token").asText();
	}

	/** The {@code data} of a GraphQL answer; any GraphQL error fails the step, with the error's message. */
	JsonNode query(String token, String document, Map<String, Object> variables) {
		return send(token, body(document, variables)).path("data");
	}

	/** The whole answer to a prepared request body; HTTP and GraphQL errors fail the step. */
	JsonNode send(String token, String body) {
		return sendTo("/graphql", token, body);
	}

	/** The whole answer of the GraphQL endpoint at {@code path} (the peer's is its base address); errors fail the step. */
	JsonNode sendTo(String path, String token, String body) {
		HttpResponse<String> response = post(path, token, body);
		JsonNode answer = response.statusCode() == 200 ? Json.parse(response.body()) : null;
		if (answer == null || answer.has("errors")) {
			throw new BenchException("the hub refused a request: HTTP " + response.statusCode() + " "
					+ abbreviated(response.body()) + "\n  request: " + abbreviated(body));
		}
		return answer;
	}

	/** A GraphQL request body; the operation's name goes along, so that the hub's request log names it. */
	static String body(String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		Matcher operation = OPERATION.matcher(document);
		if (operation.lookingAt()) {
			body.put("operationName", operation.group(1));
		}
		body.put("variables", variables);
		return Json.write(body);
	}

	private HttpResponse<String> post(String path, String token, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("content-type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("authorization", "Bearer " + token);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new BenchException("cannot reach the hub at " + baseUrl + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted", ex);
		}
	}

	private static String abbreviated(String text) {
		return text.length() <= 600 ? text : text.substring(0, 600) + "…";
	}
}
