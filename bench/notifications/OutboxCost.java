import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * The outbox's cost per write, on an embedded Neo4j of its own (the hub's version): the same small write (one node)
 * committed alone and with an outbox event appended by the hub's own statement (jp.tsunagu.notification.Outbox),
 * from 1 and from 8 threads (all publishing writes take turns on the sequence's counter node). Run with the hub's
 * classpath, nothing else running against it:
 *
 *   ./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 *   java -cp "target/classes:$(cat target/classpath.txt)" bench/notifications/OutboxCost.java [writes per run]
 */
public class OutboxCost {

	private static final String WRITE = "CREATE (:BenchWrite {id: randomUUID(), at: datetime()})";

	public static void main(String[] args) throws Exception {
		int writes = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		String append = appendStatement();
		Path directory = Files.createTempDirectory("outbox-cost");
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(directory).build();
		try {
			GraphDatabaseService db = dbms.database("neo4j");
			try (Transaction tx = db.beginTx()) {
				tx.execute("CREATE CONSTRAINT outbox_event_sequence IF NOT EXISTS FOR (e:OutboxEvent) REQUIRE e.sequence IS UNIQUE");
				tx.execute("CREATE CONSTRAINT outbox_sequence_name IF NOT EXISTS FOR (s:OutboxSequence) REQUIRE s.name IS UNIQUE");
				tx.execute("CREATE INDEX outbox_event_created_at IF NOT EXISTS FOR (e:OutboxEvent) ON (e.createdAt)");
				tx.commit();
			}
			Map<String, Object> event = Map.of("kind", "NETWORK_CHANGED", "organizationIds", List.of("org-1", "org-2"),
					"areaCodes", List.of("282189"), "personIds", List.of(), "payload",
					"{\"networkId\":\"n-1\",\"change\":\"MEMBER_ADDED\"}");
			event = new java.util.HashMap<>(event);
			event.put("householdId", null);
			run(db, writes, 1, null, event, "warm-up");
			run(db, writes, 1, append, event, "warm-up");
			for (int threads : new int[] { 1, 8 }) {
				run(db, writes, threads, null, event, "write alone");
				run(db, writes, threads, append, event, "write + outbox event");
			}
		}
		finally {
			dbms.shutdown();
		}
	}

	private static void run(GraphDatabaseService db, int writes, int threads, String append, Map<String, Object> event,
			String label) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Long> times = Collections.synchronizedList(new ArrayList<>());
		long start = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			done.add(pool.submit(() -> {
				for (int i = 0; i < writes / threads; i++) {
					long began = System.nanoTime();
					try (Transaction tx = db.beginTx()) {
						tx.execute(WRITE).close();
						if (append != null) {
							tx.execute(append, event).close();
						}
						tx.commit();
					}
					times.add(System.nanoTime() - began);
				}
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		long elapsed = System.nanoTime() - start;
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		if (!label.equals("warm-up")) {
			System.out.printf("%-22s threads=%d writes=%d  %.0f writes/s  mean %.3f ms  p50 %.3f ms  p99 %.3f ms%n", label,
					threads, sorted.size(), sorted.size() / (elapsed / 1e9), sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
					sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1) / 1e6);
		}
	}

	/** The hub's own APPEND statement, read from the Outbox class so that the bench measures what the hub runs. */
	private static String appendStatement() throws Exception {
		var field = Class.forName("jp.tsunagu.notification.Outbox").getDeclaredField("APPEND");
		field.setAccessible(true);
		return (String) field.get(null);
	}
}
