package jp.tsunagu.analystgraph;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's view of the analysts' graph: its status, and a rebuild started by hand with its progress. */
class AnalystGraphStatusIT extends HubIntegrationTest {

	private static final String STATUS = "{ analystGraphStatus { builtAt running progress nodeCount durationMs households } }";

	private static final String REBUILD = """
			mutation($wait: Boolean) { rebuildAnalystGraph(input: {waitUntilBuilt: $wait}) {
			  started status { builtAt running progress nodeCount households } errors { field message messageJa messageEn } } }""";

	@Autowired
	private AnalystGraph analysts;

	@Autowired
	private AnalystGraphRebuild rebuild;

	/** A rebuild a test started in the background ends before the next test, whatever became of the test. */
	@AfterEach
	void waitForAnyRebuildToEnd() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (rebuild.isRunning() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
	}

	@Test
	void aRebuildThatWaitsAnswersWithTheNewSnapshotAndTheGraphsNodeCount() {
		Instant before = Instant.now();
		GraphQlTester.Response response = graphQl.document(REBUILD).variable("wait", true).execute();
		response.path("rebuildAnalystGraph.started").entity(Boolean.class).isEqualTo(true);
		response.path("rebuildAnalystGraph.errors").entityList(Object.class).hasSize(0);
		response.path("rebuildAnalystGraph.status.running").entity(Boolean.class).isEqualTo(false);
		assertThat(Instant.parse(response.path("rebuildAnalystGraph.status.builtAt").entity(String.class).get()))
			.isAfterOrEqualTo(before.minusSeconds(1));
		long nodes = analystCount("MATCH (n) RETURN count(n)");
		assertThat(nodes).isGreaterThan(400);
		response.path("rebuildAnalystGraph.status.nodeCount").entity(Long.class).isEqualTo(nodes);
		response.path("rebuildAnalystGraph.status.households").entity(Long.class)
			.isEqualTo(analystCount("MATCH (h:Household) RETURN count(h)"));
	}

	@Test
	void whileARebuildRunsTheStatusShowsItsProgressAndASecondOneIsRefused() throws Exception {
		CountDownLatch reachedHouseholds = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Snapshot> running = CompletableFuture.supplyAsync(() -> rebuild.rebuild(message -> {
			if (message.contains("copying households") && reachedHouseholds.getCount() > 0) {
				reachedHouseholds.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}));
		try {
			assertThat(reachedHouseholds.await(60, TimeUnit.SECONDS)).isTrue();
			GraphQlTester.Response status = graphQl.document(STATUS).execute();
			status.path("analystGraphStatus.running").entity(Boolean.class).isEqualTo(true);
			status.path("analystGraphStatus.progress").entity(String.class).isEqualTo("copying households under pseudonyms");
			// emptied and not finished: no snapshot yet, but the directory is in
			status.path("analystGraphStatus.builtAt").valueIsNull();
			assertThat(status.path("analystGraphStatus.nodeCount").entity(Long.class).get()).isGreaterThan(400);

			GraphQlTester.Response refused = graphQl.document(REBUILD).variable("wait", false).execute();
			refused.path("rebuildAnalystGraph.started").entity(Boolean.class).isEqualTo(false);
			refused.path("rebuildAnalystGraph.errors[0].field").entityList(String.class).containsExactly("input", "waitUntilBuilt");
			refused.path("rebuildAnalystGraph.errors[0].message").entity(String.class)
				.satisfies(message -> assertThat(message).startsWith("再構築はすでに実行中です"));
			refused.path("rebuildAnalystGraph.errors[0].messageEn").entity(String.class)
				.satisfies(message -> assertThat(message).startsWith("a rebuild is already under way"));
		}
		finally {
			release.countDown();
		}
		Snapshot built = running.get(120, TimeUnit.SECONDS);
		GraphQlTester.Response after = graphQl.document(STATUS).execute();
		after.path("analystGraphStatus.running").entity(Boolean.class).isEqualTo(false);
		after.path("analystGraphStatus.progress").valueIsNull();
		after.path("analystGraphStatus.builtAt").entity(String.class)
			.satisfies(builtAt -> assertThat(Duration.between(Instant.parse(builtAt), built.builtAt().toInstant()).abs())
				.isLessThan(Duration.ofMillis(1)));
		after.path("analystGraphStatus.households").entity(Long.class).isEqualTo(built.households());
	}

	@Test
	void aRebuildStartedInTheBackgroundFinishesAndIsSeenInTheStatus() throws Exception {
		Instant before = Instant.now();
		GraphQlTester.Response response = graphQl.document(REBUILD).variable("wait", false).execute();
		response.path("rebuildAnalystGraph.started").entity(Boolean.class).isEqualTo(true);
		response.path("rebuildAnalystGraph.errors").entityList(Object.class).hasSize(0);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		String builtAt = null;
		while (Instant.now().isBefore(deadline)) {
			GraphQlTester.Response status = graphQl.document(STATUS).execute();
			boolean running = status.path("analystGraphStatus.running").entity(Boolean.class).get();
			builtAt = running ? null : status.path("analystGraphStatus.builtAt").entity(String.class).get();
			if (builtAt != null) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(builtAt).isNotNull();
		assertThat(Instant.parse(builtAt)).isAfterOrEqualTo(before.minusSeconds(1));
	}

	@Test
	void theSnapshotCanBeReadWhileARebuildWipesTheGraph() throws Exception {
		CompletableFuture<Snapshot> running = CompletableFuture.supplyAsync(() -> rebuild.rebuild(message -> {
		}));
		int reads = 0;
		while (!running.isDone()) {
			rebuild.snapshot();
			reads++;
		}
		Snapshot built = running.get(120, TimeUnit.SECONDS);
		assertThat(reads).isPositive();
		assertThat(rebuild.snapshot()).contains(built);
	}

	@Test
	void onlyAnAdministratorSeesOrRebuildsIt() {
		for (Role role : new Role[] { Role.ANALYST, Role.COORDINATOR }) {
			String organizationId = role == Role.COORDINATOR ? idOfNamed("Organization", "小野市社会福祉協議会") : null;
			var tester = as(new Caller("test.status." + role.name().toLowerCase(), role, organizationId, null));
			tester.document(STATUS).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
			tester.document(REBUILD).variable("wait", false).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		}
		assertThat(rebuild.isRunning()).isFalse();
	}

	private long analystCount(String query) {
		try (Session session = analysts.readSession()) {
			return session.run(query).single().get(0).asLong();
		}
	}
}
