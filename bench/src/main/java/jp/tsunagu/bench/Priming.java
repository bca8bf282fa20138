package jp.tsunagu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The first part of every warm-up: one request of each shape — the same Cypher with parameters of the same types,
 * which the database plans once — one at a time (planning is CPU work: in parallel it only competes). A timed
 * warm-up alone need not reach every shape, and a shape the database has not planned yet (each filter combination
 * is a plan of its own, and the hub's restart empties the plan cache) takes seconds while the other clients wait for
 * the same plan: start-up, not the steady state the targets are about. A request that fails is tried once more, then reported, not fatal: the measured
 * run counts such failures.
 */
final class Priming {

	private Priming() {
	}

	static <T> void eachShape(String what, List<T> items, Function<T, String> shape, Consumer<T> send) {
		Map<String, T> shapes = new LinkedHashMap<>();
		items.forEach(item -> shapes.putIfAbsent(shape.apply(item), item));
		long start = System.nanoTime();
		List<String> failures = new ArrayList<>();
		for (T item : shapes.values()) {
			try {
				send.accept(item);
			}
			catch (RuntimeException first) {
				// planning may have outlasted the hub's time limit under load; the plan is usually cached by now
				try {
					send.accept(item);
				}
				catch (RuntimeException again) {
					failures.add(again.getMessage());
				}
			}
		}
		System.out.printf("%s warm-up: one request of each of %d shapes (of %d requests) in %.1f s%s%n", what,
				shapes.size(), items.size(), (System.nanoTime() - start) / 1e9,
				failures.isEmpty() ? "" : "; " + failures.size() + " failed twice, the first: " + failures.get(0));
	}
}
