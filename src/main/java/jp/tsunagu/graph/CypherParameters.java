package jp.tsunagu.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small helpers to build parameter maps; null values are kept (Map.of would refuse them). */
public final class CypherParameters {

	private CypherParameters() {
	}

	public static Map<String, Object> of(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	public static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value instanceof Enum<?> e ? e.name() : value);
		}
	}

	public static String nameOf(Enum<?> value) {
		return value == null ? null : value.name();
	}

	public static List<String> listOrEmpty(List<String> list) {
		return list == null ? List.of() : list;
	}

	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
