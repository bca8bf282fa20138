package jp.tsunagu.graph;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.security.TokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A hub in external mode against an embedded Neo4j server that the test stops and starts: while the database is
 * away every GraphQL request gets a GraphQL answer classified UNAVAILABLE (never an internal error, never a bare
 * 500), health is DOWN for everyone with details for administrators, the outage is logged once; once the database is
 * back the hub serves again by itself. A hub started while the database is away waits for it up to its limit.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageIT {

	private static final String PASSWORD = "outage-test-password";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final List<AutoCloseable> opened = new ArrayList<>();

	private final Path dataDirectory = Path.of("target/neo4j-test/outage-" + UUID.randomUUID());

	private final int port = freePort();

	private EmbeddedNeo4j database;

	@AfterEach
	void closeAll() throws Exception {
		for (int i = opened.size() - 1; i >= 0; i--) {
			opened.get(i).close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void whileTheDatabaseIsAwayTheHubAnswersUnavailableAndRecoversByItself(CapturedOutput output) throws Exception {
		startDatabase();
		ConfigurableApplicationContext hub = hub("--tsunagu.database.startup-wait=30s");
		WebTestClient web = client(hub);
		String admin = adminToken(hub);
		assertThat(graphQl(web, null, "{ organizations(first: 1) { totalCount } }").getResponseBody())
			.doesNotContain("errors");

		database.close();
		database = null;
		long stopped = System.nanoTime();
		awaitTrue(() -> health(web, null).getStatus().value() == 503, Duration.ofSeconds(30));
		long toDown = millisSince(stopped);

		String read = "{ organizations(first: 1) { totalCount } }";
		String write = "mutation { createOrganization(input: {name: \"停止中の会\", kind: NPO, locationCode: \"282189\"}) "
				+ "{ organization { id } } }";
		for (String[] request : new String[][] { { null, read }, { admin, read }, { admin, write } }) {
			{
				EntityExchangeResult<String> answer = graphQl(web, request[0], request[1]);
				assertThat(answer.getStatus().is5xxServerError() && answer.getStatus().value() != 503).isFalse();
				JsonNode error = json.readTree(answer.getResponseBody()).path("errors").path(0);
				assertThat(error.path("extensions").path("classification").asString()).isEqualTo("UNAVAILABLE");
				assertThat(error.path("extensions").path("code").asString()).isEqualTo("UNAVAILABLE");
				assertThat(error.path("message").asString()).contains("データベースに接続できません",
						"The database cannot be reached");
				assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
			}
		}
		for (int i = 0; i < 20; i++) {
			String body = graphQl(web, admin, "{ organizations(first: 5) { totalCount edges { node { name } } } }").getResponseBody();
			assertThat(body).contains("UNAVAILABLE").doesNotContain("INTERNAL_ERROR");
		}
		EntityExchangeResult<String> anonymousHealth = health(web, null);
		assertThat(anonymousHealth.getResponseBody()).contains("DOWN").doesNotContain("neo4j");
		EntityExchangeResult<String> adminHealth = health(web, admin);
		assertThat(adminHealth.getStatus().value()).isEqualTo(503);
		assertThat(json.readTree(adminHealth.getResponseBody()).path("components").path("neo4j").path("status").asString())
			.isEqualTo("DOWN");

		// a second hub started now waits for the database; one with a short limit gives up with a clear message
		assertThatThrownBy(() -> hub("--tsunagu.database.startup-wait=2s"))
			.hasStackTraceContaining("did not answer within 2 s");
		CompletableFuture<ConfigurableApplicationContext> waiting = CompletableFuture
			.supplyAsync(() -> hub("--tsunagu.database.startup-wait=60s"));
		Thread.sleep(2000);
		assertThat(waiting).isNotDone();

		startDatabase();
		long restarted = System.nanoTime();
		awaitTrue(() -> !graphQl(web, admin, "{ organizations(first: 1) { totalCount } }").getResponseBody().contains("errors"), Duration.ofSeconds(30));
		long toRecover = millisSince(restarted);
		awaitTrue(() -> health(web, admin).getStatus().value() == 200, Duration.ofSeconds(30));
		long healthUp = millisSince(restarted);
		ConfigurableApplicationContext late = waiting.get(60, TimeUnit.SECONDS);
		opened.add(late);
		long lateStarted = millisSince(restarted);
		assertThat(graphQl(client(late), null, "{ organizations(first: 1) { totalCount } }").getResponseBody())
			.doesNotContain("errors");

		assertThat(output.getAll()).containsOnlyOnce("The database cannot be reached")
			.contains("The database is reachable again after")
			.contains("Waiting for the database at bolt://localhost:" + port)
			.doesNotContain("Failed to fetch");
		System.out.printf("outage figures: DOWN after %d ms; GraphQL served again %d ms and health UP %d ms after the "
				+ "database was back; a waiting hub started %d ms after it%n", toDown, toRecover, healthUp, lateStarted);
	}

	private void startDatabase() {
		database = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDirectory, "localhost", port, PASSWORD, "64m"));
	}

	private ConfigurableApplicationContext hub(String... more) {
		List<String> arguments = new ArrayList<>(List.of("--spring.neo4j.uri=bolt://localhost:" + port,
				"--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=" + PASSWORD,
				"--tsunagu.demo.load-when-empty=false", "--server.port=0",
				"--tsunagu.security.secret-file=" + dataDirectory.resolveSibling(dataDirectory.getFileName() + "-secret")));
		arguments.addAll(List.of(more));
		ConfigurableApplicationContext hub = new SpringApplicationBuilder(TsunaguApplication.class)
			.web(WebApplicationType.REACTIVE)
			.run(arguments.toArray(String[]::new));
		opened.add(hub);
		return hub;
	}

	private static WebTestClient client(ConfigurableApplicationContext hub) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + hub.getEnvironment().getProperty("local.server.port"))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

	private static String adminToken(ConfigurableApplicationContext hub) {
		Caller admin = new Caller("outage.admin", Role.ADMINISTRATOR, null, null);
		try (Session session = hub.getBean(Driver.class).session()) {
			session.run("CREATE (:Account {username: $username, role: 'ADMINISTRATOR', enabled: true, createdAt: datetime()})",
					Map.of("username", admin.username())).consume();
		}
		return hub.getBean(TokenIssuer.class).issue(admin);
	}

	private static EntityExchangeResult<String> graphQl(WebTestClient web, String token, String query) {
		return web.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			})
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	private static EntityExchangeResult<String> health(WebTestClient web, String token) {
		return web.get().uri("/actuator/health").headers(headers -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
		}).exchange().expectBody(String.class).returnResult();
	}

	private static void awaitTrue(BooleanSupplier condition, Duration patience) throws InterruptedException {
		long giveUp = System.nanoTime() + patience.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited " + patience.toSeconds() + " s").isLessThan(giveUp);
			Thread.sleep(100);
		}
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
