package jp.tsunagu.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.analystgraph.AnalystGraphRebuild;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example of the documentation ({@code docs/examples/}) against the demo network as the demo account it
 * names, and compares the answer with the one the documentation prints, volatile values aside. With
 * {@code -Ddocs.examples.write=true} it writes the hub's answers into the {@code .json} files instead (review the
 * diff, then run {@code DocumentedExamplesTests} with the same flag to copy them into the docs).
 */
class DocumentedExamplesIT extends HubIntegrationTest {

	private static final boolean WRITE = Boolean.getBoolean("docs.examples.write");

	@Autowired
	private WebTestClient web;

	/** Analysts query their own graph, which the hub builds from the demo network. */
	@Autowired
	private AnalystGraphRebuild analystGraph;

	static List<String> examples() {
		return DocumentedExample.names();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void answersAsTheDocumentationSays(String name) throws IOException {
		DocumentedExample example = DocumentedExample.load(name);
		if (example.document().contains("analystCypher")) {
			analystGraph.rebuild(progress -> {
			});
		}
		for (String before : example.before()) {
			run(DocumentedExample.load(before));
		}
		String answer = CompactJson.format(run(example));
		if (WRITE) {
			Files.writeString(example.answerFile(), answer);
			return;
		}
		assertThat(answer).as("the hub's answer to docs/examples/%s.graphql", name)
			.isEqualTo(CompactJson.format(example.documented(DocumentedExample.parse(example.answer()), Map.of())));
	}

	/** The answer as the documentation shows it. */
	private Object run(DocumentedExample example) {
		Map<String, String> ids = new LinkedHashMap<>();
		example.placeholders().forEach((placeholder, key) -> ids.put(placeholder, idOf(key)));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", example.document());
		body.put("variables", example.variables(ids));
		String json = send(example, body);
		if (json == null || json.contains("\"TIMED_OUT\"")) {
			// the first request of a shape plans its Cypher, which on a busy machine can outlast the request limit
			json = send(example, body);
		}
		return example.documented(DocumentedExample.parse(json), ids);
	}

	/** The answer's text; null when the client gave up waiting. */
	private String send(DocumentedExample example, Map<String, Object> body) {
		try {
			return web.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.headers(headers -> {
					if (!example.anonymous()) {
						headers.setBearerAuth(token(demoAccount(example.caller())));
					}
				})
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
		}
		catch (IllegalStateException timedOut) {
			return null;
		}
	}

	/** The demo account as it is: the examples speak of the accounts a reader of the docs signs in with. */
	private Caller demoAccount(String username) {
		try (Session session = driver.session()) {
			List<Record> accounts = session
				.run("MATCH (a:Account {username: $username}) RETURN a.role AS role, a.organizationId AS organization, "
						+ "a.personId AS person", Map.of("username", username))
				.list();
			assertThat(accounts).as("the demo creates the account %s", username).hasSize(1);
			Record account = accounts.get(0);
			return new Caller(username, Role.valueOf(account.get("role").asString()),
					account.get("organization").asString(null), account.get("person").asString(null));
		}
	}

	/** The id of the household with this code, or of the one organisation, person, network or service with this name. */
	private String idOf(String key) {
		try (Session session = driver.session()) {
			List<Record> found = session.run("""
					MATCH (n) WHERE (n:Household AND n.code = $key)
					   OR ((n:Organization OR n:Person OR n:Network OR n:Service) AND n.name = $key)
					RETURN n.id AS id""", Map.of("key", key)).list();
			assertThat(found).as("exactly one node coded or named %s", key).hasSize(1);
			return found.get(0).get("id").asString();
		}
	}
}
