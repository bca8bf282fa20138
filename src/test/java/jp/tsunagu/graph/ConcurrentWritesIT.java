package jp.tsunagu.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes at the same time: identical creates give one entity and clear user errors for the others (never an
 * internal error), and deadlocks between transactions are retried by the hub until they succeed.
 */
class ConcurrentWritesIT extends HubIntegrationTest {

	private static final int CLIENTS = 8;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

	@Autowired
	TransactionalOperator transactions;

	@Autowired
	ReactiveNeo4jClient client;

	@AfterEach
	void stopClients() {
		clients.shutdownNow();
	}

	@Test
	void eightIdenticalOrganizationCreatesGiveOneOrganizationAndSevenUserErrors() throws Exception {
		HttpGraphQlTester admin = patient(graphQl);
		List<GraphQlTester.Response> answers = atOnce(i -> admin.document("""
				mutation { createOrganization(input: {name: "同時作成の会", kind: NPO, locationCode: "282189"}) {
				  organization { id } errors { field message } } }""").execute());

		assertThat(count("MATCH (o:Organization {name: '同時作成の会'}) RETURN count(o)")).isEqualTo(1);
		List<String> refusals = new ArrayList<>();
		for (GraphQlTester.Response answer : answers) {
			answer.errors().verify();
			List<Map<String, Object>> errors = answer.path("createOrganization.errors").entityList(map()).get();
			errors.forEach(error -> refusals.add(((List<?>) error.get("field")).get(1) + ": " + error.get("message")));
		}
		assertThat(refusals).hasSize(CLIENTS - 1)
			.allMatch(refusal -> refusal.equals("name: an organisation named \"同時作成の会\" already exists in 282189"));
	}

	@Test
	void concurrentHouseholdCreatesWithOneCodeGiveOneHouseholdAndUserErrors() throws Exception {
		HttpGraphQlTester coordinator = patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)));
		List<GraphQlTester.Response> answers = atOnce(i -> coordinator.document("""
				mutation { createHousehold(input: {code: "HH-CONCURRENT-1", areaCode: "282189"}) {
				  household { id } errors { field message } } }""").execute());

		assertThat(count("MATCH (h:Household {code: 'HH-CONCURRENT-1'}) RETURN count(h)")).isEqualTo(1);
		List<String> refusals = new ArrayList<>();
		for (GraphQlTester.Response answer : answers) {
			answer.errors().verify();
			answer.path("createHousehold.errors")
				.entityList(map())
				.get()
				.forEach(error -> refusals.add(((List<?>) error.get("field")).get(1) + ": " + error.get("message")));
		}
		assertThat(refusals).hasSize(CLIENTS - 1).allMatch(refusal -> refusal.startsWith("code: "));
	}

	@Test
	void aDeadlockBetweenTwoTransactionsIsRetriedUntilBothSucceed() throws Exception {
		write("CREATE (:DeadlockProbe {name: 'a', createdAt: datetime()}), (:DeadlockProbe {name: 'b', createdAt: datetime()})");
		CyclicBarrier bothHoldTheirFirstLock = new CyclicBarrier(2);
		AtomicInteger attempts = new AtomicInteger();

		CompletableFuture<String> first = lockInOrder("a", "b", bothHoldTheirFirstLock, attempts);
		CompletableFuture<String> second = lockInOrder("b", "a", bothHoldTheirFirstLock, attempts);

		assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo("a then b");
		assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo("b then a");
		// one of them deadlocked and ran again
		assertThat(attempts.get()).isGreaterThanOrEqualTo(3);
		assertThat(count("MATCH (p:DeadlockProbe) WHERE p.writes = 2 RETURN count(p)")).isEqualTo(2);
	}

	@Test
	void aConflictThatGoesOnIsGivenUpAfterTheRetries() {
		AtomicInteger attempts = new AtomicInteger();
		Mono<Object> alwaysConflicting = transactions.transactional(Mono.defer(() -> {
			attempts.incrementAndGet();
			return Mono.error(new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "forced"));
		}));

		assertThatThrownBy(() -> alwaysConflicting.block(PATIENCE)).isInstanceOf(TransientException.class);
		assertThat(attempts.get()).isEqualTo(RetryingTransactions.ATTEMPTS);
	}

	/** Locks one probe node, waits (on the first try only) until the other transaction holds its lock, then the other. */
	private CompletableFuture<String> lockInOrder(String firstName, String secondName, CyclicBarrier barrier,
			AtomicInteger attempts) {
		AtomicInteger tries = new AtomicInteger();
		Mono<String> transaction = transactions.transactional(Mono.defer(() -> {
			attempts.incrementAndGet();
			boolean firstTry = tries.incrementAndGet() == 1;
			return touch(firstName)
				.then(firstTry ? Mono.fromCallable(() -> barrier.await(30, TimeUnit.SECONDS))
					.subscribeOn(Schedulers.boundedElastic())
					.then() : Mono.empty())
				.then(touch(secondName))
				.thenReturn(firstName + " then " + secondName);
		}));
		return transaction.toFuture();
	}

	private Mono<Void> touch(String name) {
		return client.query("MATCH (p:DeadlockProbe {name: $name}) SET p.writes = coalesce(p.writes, 0) + 1")
			.bind(name)
			.to("name")
			.run()
			.then();
	}

	private List<GraphQlTester.Response> atOnce(Function<Integer, GraphQlTester.Response> request) throws Exception {
		CyclicBarrier start = new CyclicBarrier(CLIENTS);
		List<CompletableFuture<GraphQlTester.Response>> running = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			int client = i;
			running.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await(30, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return request.apply(client);
			}, clients));
		}
		List<GraphQlTester.Response> answers = new ArrayList<>();
		for (CompletableFuture<GraphQlTester.Response> each : running) {
			answers.add(each.get(120, TimeUnit.SECONDS));
		}
		return answers;
	}

	private static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		return tester.mutate().webTestClient(web -> web.responseTimeout(PATIENCE)).responseTimeout(PATIENCE).build();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Class<Map<String, Object>> map() {
		return (Class) Map.class;
	}
}
