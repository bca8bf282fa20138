package jp.tsunagu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The floor: the statements the hub sent for each scenario's requests (captured, see {@link Capture}), replayed through
 * the bare Neo4j Java driver against the same database by as many concurrent clients as the hub got, for as long.
 * A request here is everything the hub sent to the database for one GraphQL request (the account read, the query,
 * the audit write, the batched child fields), one statement after another; what it leaves out is the hub itself:
 * HTTP, JSON, GraphQL, security, Reactor, and the hub's handling of the records.
 */
final class Floor {

	private final Settings settings;

	Floor(Settings settings) {
		this.settings = settings;
	}

	void run() {
		Map<Scenario, List<CapturedRequest>> captured = new LinkedHashMap<>();
		Scenario.MIX.parts().forEach(part -> captured.put(part, CapturedRequest.load(settings.captured(), part)));
		try (Driver driver = Bolt.driver(settings)) {
			List<CapturedRequest> all = new ArrayList<>();
			captured.values().forEach(all::addAll);
			Priming.eachShape("Floor", all, Shapes::of, request -> {
				try (Session session = driver.session()) {
					request.replay(session);
				}
			});
			System.out.printf("Floor warm-up: the mix for %d s%n", settings.warmupSeconds());
			measure(driver, Scenario.MIX, captured, settings.warmupSeconds());
			for (Scenario scenario : settings.scenarios()) {
				Measurement result = measure(driver, scenario, captured, settings.durationOf(scenario));
				result.save(settings.floorResults());
				System.out.printf("Floor %-15s %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d%s%n",
						scenario.label(), result.requestsPerSecond(), result.p50(), result.p95(), result.p99(),
						result.errors(), result.firstError() == null ? "" : " (" + result.firstError() + ")");
			}
		}
	}

	private Measurement measure(Driver driver, Scenario scenario, Map<Scenario, List<CapturedRequest>> captured, int seconds) {
		Picker picker = new Picker(scenario, captured);
		Latencies latencies = new Latencies();
		AtomicInteger errors = new AtomicInteger();
		AtomicReference<String> firstError = new AtomicReference<>();
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		List<Thread> clients = new ArrayList<>();
		for (int i = 0; i < settings.users(); i++) {
			Thread client = new Thread(() -> {
				while (System.nanoTime() < end) {
					CapturedRequest request = picker.next();
					long sent = System.nanoTime();
					try (Session session = driver.session()) {
						request.replay(session);
					}
					catch (RuntimeException ex) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
					}
					latencies.add((System.nanoTime() - sent) / 1000);
				}
			}, "floor-" + i);
			client.start();
			clients.add(client);
		}
		for (Thread client : clients) {
			try {
				client.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new BenchException("interrupted", ex);
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		return new Measurement(scenario.label(), settings.users(), elapsed, latencies.count(), errors.get(),
				latencies.count() / elapsed, latencies.percentileMillis(50), latencies.percentileMillis(95),
				latencies.percentileMillis(99), firstError.get(), Map.of());
	}

	/** Each scenario's requests in turn; for the mix, a scenario drawn by its weight first. */
	private static final class Picker {

		private final List<Scenario> parts;

		private final Map<Scenario, List<CapturedRequest>> captured;

		private final Map<Scenario, AtomicLong> next = new LinkedHashMap<>();

		private final int totalWeight;

		Picker(Scenario scenario, Map<Scenario, List<CapturedRequest>> captured) {
			this.parts = scenario.parts();
			this.captured = captured;
			parts.forEach(part -> next.put(part, new AtomicLong()));
			this.totalWeight = parts.stream().mapToInt(Scenario::mixWeight).sum();
		}

		CapturedRequest next() {
			Scenario part = parts.get(0);
			if (parts.size() > 1) {
				int draw = ThreadLocalRandom.current().nextInt(totalWeight);
				for (Scenario candidate : parts) {
					draw -= candidate.mixWeight();
					if (draw < 0) {
						part = candidate;
						break;
					}
				}
			}
			List<CapturedRequest> requests = captured.get(part);
			return requests.get((int) (next.get(part).getAndIncrement() % requests.size()));
		}
	}
}
