package jp.tsunagu.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.security.TokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database in a child process, a hub in front of it, concurrent clients creating organisations
 * (each an organisation, its area tie and the areas it serves, in one transaction) and the database killed hard
 * ({@code kill -9}) at several points. After each restart on the same data directory, which needs no manual
 * recovery, every creation the hub answered as successful is there whole, and no organisation is half-written.
 */
class CrashSafetyIT {

	private static final String PASSWORD = "crash-test-password";

	private static final int CLIENTS = 4;

	/** The kill points: the database is killed once this many creates of the round have been acknowledged. */
	private static final int[] KILL_AFTER_CREATES = { 1, 12, 30 };

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Path dataDirectory = Path.of("target/neo4j-test/crash-" + UUID.randomUUID());

	private final int port = freePort();

	private Process database;

	private ConfigurableApplicationContext hub;

	@AfterEach
	void stop() {
		if (hub != null) {
			hub.close();
		}
		if (database != null) {
			database.destroyForcibly();
		}
	}

	@Test
	void everyAcknowledgedCreateSurvivesAKillAndNothingIsHalfWritten() throws Exception {
		database = startDatabase();
		hub = new SpringApplicationBuilder(TsunaguApplication.class).web(WebApplicationType.REACTIVE)
			.run("--spring.neo4j.uri=bolt://localhost:" + port, "--spring.neo4j.authentication.username=neo4j",
					"--spring.neo4j.authentication.password=" + PASSWORD, "--tsunagu.demo.load-when-empty=false",
					"--server.port=0", "--tsunagu.database.startup-wait=120s",
					"--tsunagu.security.secret-file=" + dataDirectory + "-secret");
		Driver driver = hub.getBean(Driver.class);
		try (Session session = driver.session()) {
			session.run("""
					CREATE (:Area:Municipality {code: '990001', name: '試験市'}), (:Area:Municipality {code: '990002', name: '試験町'}),
					       (:Account {username: 'crash.admin', role: 'ADMINISTRATOR', enabled: true})""").consume();
		}
		String admin = hub.getBean(TokenIssuer.class).issue(new Caller("crash.admin", Role.ADMINISTRATOR, null, null));
		WebTestClient web = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + hub.getEnvironment().getProperty("local.server.port"))
			.responseTimeout(Duration.ofSeconds(60))
			.build();

		List<String> acknowledged = new ArrayList<>();
		for (int round = 0; round < KILL_AFTER_CREATES.length; round++) {
			List<String> thisRound = writeUntilKilled(web, admin, round, KILL_AFTER_CREATES[round]);
			assertThat(thisRound).as("creates acknowledged before kill " + round).isNotEmpty();
			acknowledged.addAll(thisRound);

			database = startDatabase();
			awaitServing(web, admin);
			try (Session session = driver.session()) {
				long whole = session.run("""
						UNWIND $ids AS id
						MATCH (o:Organization {id: id})-[:LOCATED_IN]->(:Area {code: '990001'})
						WHERE EXISTS { (o)-[:SERVES]->(:Area {code: '990002'}) }
						RETURN count(o)""", Map.of("ids", acknowledged)).single().get(0).asLong();
				assertThat(whole).as("acknowledged creates found whole after kill " + round).isEqualTo(acknowledged.size());
				long halfWritten = session.run("""
						MATCH (o:Organization)
						WHERE NOT EXISTS { (o)-[:LOCATED_IN]->(:Area) } OR NOT EXISTS { (o)-[:SERVES]->(:Area) }
						RETURN count(o)""").single().get(0).asLong();
				assertThat(halfWritten).as("half-written organisations after kill " + round).isZero();
			}
			System.out.printf("crash round %d: killed after %d acknowledged creates, %d acknowledged in all, all there "
					+ "after restart%n", round, KILL_AFTER_CREATES[round], thisRound.size());
		}
	}

	/** Clients create organisations until the database is killed; the ids the hub answered with. */
	private List<String> writeUntilKilled(WebTestClient web, String admin, int round, int killAfterCreates)
			throws InterruptedException {
		Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicBoolean killed = new AtomicBoolean();
		CountDownLatch done = new CountDownLatch(CLIENTS);
		for (int client = 0; client < CLIENTS; client++) {
			int number = client;
			Thread writer = new Thread(() -> {
				try {
					for (int n = 0; !killed.get(); n++) {
						String id = create(web, admin, "耐障害の会 " + round + "-" + number + "-" + n);
						// an answer with an id comes after the commit, so before the kill even if it arrives after it
						if (id != null) {
							acknowledged.add(id);
						}
					}
				}
				finally {
					done.countDown();
				}
			});
			writer.setDaemon(true);
			writer.start();
		}
		long giveUp = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (acknowledged.size() < killAfterCreates && System.nanoTime() < giveUp) {
			Thread.sleep(5);
		}
		database.destroyForcibly();
		assertThat(database.waitFor(30, TimeUnit.SECONDS)).isTrue();
		killed.set(true);
		assertThat(done.await(120, TimeUnit.SECONDS)).isTrue();
		return List.copyOf(acknowledged);
	}

	/** The id of the organisation created, or null when the hub did not answer with one. */
	private static String create(WebTestClient web, String admin, String name) {
		String body = web.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> headers.setBearerAuth(admin))
			.bodyValue(Map.of("query", """
					mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }""",
					"variables", Map.of("input", Map.of("name", name, "kind", "NPO", "locationCode", "990001",
							"servedAreaCodes", List.of("990002")))))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode id = json.readTree(body).path("data").path("createOrganization").path("organization").path("id");
		return id.isString() ? id.asString() : null;
	}

	private static void awaitServing(WebTestClient web, String admin) throws InterruptedException {
		long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			String body = web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
				.headers(headers -> headers.setBearerAuth(admin))
				.bodyValue(Map.of("query", "{ organizations(first: 1) { totalCount } }"))
				.exchange().expectBody(String.class).returnResult().getResponseBody();
			if (!body.contains("errors")) {
				return;
			}
			assertThat(System.nanoTime()).as("the hub serves again within 60 s").isLessThan(giveUp);
			Thread.sleep(200);
		}
	}

	/** The database in a child JVM, once it takes Bolt connections; its output is drained so that it never blocks. */
	private Process startDatabase() throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseProcess.class.getName(), dataDirectory.toString(), String.valueOf(port), PASSWORD)
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		CountDownLatch ready = new CountDownLatch(1);
		Thread drain = new Thread(() -> {
			try {
				for (String line; (line = output.readLine()) != null;) {
					if (line.equals(EmbeddedDatabaseProcess.READY)) {
						ready.countDown();
					}
				}
			}
			catch (IOException closed) {
				// the process is gone
			}
		});
		drain.setDaemon(true);
		drain.start();
		assertThat(ready.await(180, TimeUnit.SECONDS)).as("the database process started without manual recovery").isTrue();
		return process;
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
