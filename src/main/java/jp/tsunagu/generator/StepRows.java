package jp.tsunagu.generator;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Helpers to build the rows of a step: parameter maps, produced lazily place by place. */
final class StepRows {

	private StepRows() {
	}

	/** A map that keeps null values (Map.of refuses them). */
	static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new HashMap<>(keysAndValues.length);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

	/** The rows of each item in turn, worked out only when the writer gets to it. */
	static <T> Supplier<Iterator<Map<String, Object>>> lazily(List<T> items, Function<T, List<Map<String, Object>>> rows) {
		return () -> items.stream().flatMap(item -> rows.apply(item).stream()).iterator();
	}

	/** The rows of each supplier in turn, without holding more than one row at a time. */
	static Supplier<Iterator<Map<String, Object>>> concat(List<Supplier<Iterator<Map<String, Object>>>> parts) {
		return () -> new Iterator<>() {

			private int part;

			private Iterator<Map<String, Object>> current = java.util.Collections.emptyIterator();

			@Override
			public boolean hasNext() {
				while (!current.hasNext() && part < parts.size()) {
					current = parts.get(part++).get();
				}
				return current.hasNext();
			}

			@Override
			public Map<String, Object> next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				return current.next();
			}
		};
	}

	static long count(Supplier<Iterator<Map<String, Object>>> rows) {
		long count = 0;
		for (Iterator<Map<String, Object>> it = rows.get(); it.hasNext(); it.next()) {
			count++;
		}
		return count;
	}
}
