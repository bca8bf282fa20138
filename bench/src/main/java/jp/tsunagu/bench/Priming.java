package jp.tsunagu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The first part of every warm-up: each prepared request once, by as many clients as the run has. A timed warm-up
 * alone does not reach every request, and a request whose Cypher the database has not planned yet (each filter
 * combination is a plan of its own, and the hub's restart empties the plan cache) takes seconds while the other
 * clients wait for the same plan: that is start-up, not the steady state the targets are about.
 */
final class Priming {

	private Priming() {
	}

	static <T> void each(String what, List<T> items, int clients, Consumer<T> send) {
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (T item : items) {
				sent.add(pool.submit(() -> send.accept(item)));
			}
			for (Future<?> future : sent) {
				future.get();
			}
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw ex.getCause() instanceof BenchException bench ? bench
					: new BenchException("warm-up request failed: " + ex.getCause(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BenchException("interrupted", ex);
		}
		finally {
			pool.shutdownNow();
		}
		System.out.printf("%s warm-up: each of %d requests once in %.1f s%n", what, items.size(),
				(System.nanoTime() - start) / 1e9);
	}
}
