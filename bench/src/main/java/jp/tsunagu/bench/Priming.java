package jp.tsunagu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The first part of every warm-up: one request of each shape — the same Cypher with parameters of the same types,
 * which the database plans once — by as many clients as the run has. A timed warm-up alone need not reach every
 * shape, and a shape the database has not planned yet (each filter combination is a plan of its own, and the hub's
 * restart empties the plan cache) takes seconds while the other clients wait for the same plan: start-up, not the
 * steady state the targets are about. A request that fails here is reported, not fatal: the measured run counts it.
 */
final class Priming {

	private Priming() {
	}

	static <T> void eachShape(String what, List<T> items, Function<T, String> shape, int clients, Consumer<T> send) {
		Map<String, T> shapes = new LinkedHashMap<>();
		items.forEach(item -> shapes.putIfAbsent(shape.apply(item), item));
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<String> failures = new ArrayList<>();
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (T item : shapes.values()) {
				sent.add(pool.submit(() -> send.accept(item)));
			}
			for (Future<?> future : sent) {
				try {
					future.get();
				}
				catch (ExecutionException ex) {
					failures.add(ex.getCause().getMessage());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted", ex);
		}
		finally {
			pool.shutdownNow();
		}
		System.out.printf("%s warm-up: one request of each of %d shapes (of %d requests) in %.1f s%s%n", what,
				shapes.size(), items.size(), (System.nanoTime() - start) / 1e9,
				failures.isEmpty() ? "" : "; " + failures.size() + " failed, the first: " + failures.get(0));
	}
}
