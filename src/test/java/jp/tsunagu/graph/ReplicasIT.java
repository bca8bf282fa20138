package jp.tsunagu.graph;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Several hubs, one database: a second hub, reached over HTTP, runs against the first hub's database through a
 * routing URI ({@code neo4j://}, as for a cluster), with the same secret. It accepts the first hub's tokens, takes
 * the bookmark of a write made through the first hub, and a hub with another secret refuses to start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ReplicasIT extends HubIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String SHARED_SECRET_FILE = "target/neo4j-test/hub-secret";

	@Autowired
	EmbeddedNeo4j embedded;

	@Autowired
	WebTestClient first;

	private ConfigurableApplicationContext secondHub;

	private WebTestClient second;

	@BeforeAll
	void startASecondHub() {
		secondHub = new SpringApplicationBuilder(TsunaguApplication.class).web(WebApplicationType.REACTIVE)
			.run(hubArguments("--tsunagu.security.secret-file=" + SHARED_SECRET_FILE, "--server.port=0"));
		second = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + secondHub.getEnvironment().getProperty("local.server.port"))
			.responseTimeout(PATIENCE)
			.build();
	}

	@AfterAll
	void stopTheSecondHub() {
		if (secondHub != null) {
			secondHub.close();
		}
	}

	@Test
	void aSecondHubOnARoutingUriAcceptsTheFirstHubsTokens() {
		assertThat(secondHub.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
		Caller coordinator = caller(Role.COORDINATOR, "小野市社会福祉協議会", null);
		post(second, token(coordinator), "{ me { username organization { name } } }", null).expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.me.username")
			.isEqualTo(coordinator.username())
			.jsonPath("$.data.me.organization.name")
			.isEqualTo("小野市社会福祉協議会");
	}

	@Test
	void aBookmarkFromTheHubThatWroteLetsTheOtherHubReadTheWrite() {
		String admin = token(new Caller("test.admin", Role.ADMINISTRATOR, null, null));
		EntityExchangeResult<byte[]> written = post(first.mutate().responseTimeout(PATIENCE).build(), admin, """
				mutation { createOrganization(input: {name: "レプリカ確認の会", kind: NPO, locationCode: "282189"}) {
				  organization { id } } }""", null).expectBody().jsonPath("$.errors").doesNotExist().returnResult();
		String bookmark = written.getResponseHeaders().getFirst(BookmarkHeader.NAME);
		assertThat(bookmark).isNotBlank();

		EntityExchangeResult<byte[]> read = post(second, admin,
				"{ organizations(filter: {text: \"レプリカ確認の会\"}) { totalCount } }", bookmark)
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.organizations.totalCount")
			.isEqualTo(1)
			.returnResult();
		assertThat(read.getResponseHeaders().getFirst(BookmarkHeader.NAME)).isNotBlank();
	}

	@Test
	void aBookmarkTheDatabaseDoesNotKnowIsRefusedAndLeavesTheHubWorking() {
		post(second, null, "{ organizations(first: 1) { totalCount } }", "FB:not-a-bookmark").expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("INVALID_BOOKMARK")
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat((String) message).startsWith("The Tsunagu-Bookmark header"));
		post(second, null, "{ organizations(first: 1) { totalCount } }", null).expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.organizations.totalCount")
			.value(total -> assertThat((Integer) total).isPositive());
	}

	@Test
	void aHubWithAnotherSecretRefusesToStart() {
		byte[] other = new byte[32];
		new SecureRandom().nextBytes(other);
		assertThatThrownBy(() -> new SpringApplicationBuilder(TsunaguApplication.class).web(WebApplicationType.NONE)
			.run(hubArguments("--tsunagu.security.secret=" + Base64.getEncoder().encodeToString(other))).close())
			.hasStackTraceContaining("not the one the hubs sharing this database use");
	}

	@Test
	void aHubStartingWhileAnotherMigratesWaitsForItsTurn(CapturedOutput output) throws Exception {
		try (Session session = driver.session()) {
			session.run("CREATE (:__Neo4jMigrationsLock {id: 'another-hub', name: 'John Doe'})").consume();
		}
		try {
			SchemaMigrations migrations = new SchemaMigrations(driver, new MigrationProperties("classpath:graph-schema"));
			CompletableFuture<Void> started = CompletableFuture.runAsync(migrations::apply);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> output.getOut().contains("Another hub is migrating the graph schema") || started.isDone());
			assertThat(started).isNotDone();
			releaseMigrationsLock();
			started.get(60, TimeUnit.SECONDS);
		}
		finally {
			releaseMigrationsLock();
		}
	}

	private void releaseMigrationsLock() {
		try (Session session = driver.session()) {
			session.run("MATCH (l:__Neo4jMigrationsLock {id: 'another-hub'}) DELETE l").consume();
		}
	}

	/** A hub against the first hub's database through a routing URI, with the hub's Bolt user, without demo data. */
	private String[] hubArguments(String... more) {
		String[] common = { "--spring.neo4j.uri=" + routingUri(),
				"--spring.neo4j.authentication.username=" + embedded.hubCredentials().username(),
				"--spring.neo4j.authentication.password=" + embedded.hubCredentials().password(),
				"--tsunagu.demo.load-when-empty=false" };
		String[] all = Arrays.copyOf(common, common.length + more.length);
		System.arraycopy(more, 0, all, common.length, more.length);
		return all;
	}

	private URI routingUri() {
		URI bolt = embedded.boltUri();
		return URI.create("neo4j://localhost:" + bolt.getPort());
	}

	private static WebTestClient.ResponseSpec post(WebTestClient hub, String token, String query, String bookmark) {
		return hub.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
				if (bookmark != null) {
					headers.set(BookmarkHeader.NAME, bookmark);
				}
			})
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists(HttpHeaders.CONTENT_TYPE);
	}
}
