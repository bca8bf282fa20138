package jp.tsunagu.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between HSDS 3.0 objects of the API profile (snake-case names) and the directory's trees (stored,
 * camel-case names, {@link DirectoryStore}): only the fields {@link HsdsEntity} lists pass, so both directions hold
 * exactly what the model has a place for.
 */
final class HsdsTrees {

	private HsdsTrees() {
	}

	/** An HSDS object (and the objects it holds) as a tree to store; numbers as Long or Double. */
	static Map<String, Object> toTree(HsdsEntity entity, Map<String, Object> hsds) {
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("id", hsds.get("id"));
		for (String field : entity.fields) {
			Object value = hsds.get(field);
			if (value != null && !(value instanceof Map) && !(value instanceof List)) {
				tree.put(HsdsEntity.property(field), entity.numbers.contains(field) ? number(value) : value.toString());
			}
		}
		entity.children().forEach((key, child) -> {
			Object value = hsds.get(key);
			if (child.single() && value instanceof Map<?, ?> single) {
				tree.put(key, toTree(child.entity(), cast(single)));
			}
			else if (value instanceof List<?> list) {
				List<Object> trees = new ArrayList<>();
				for (Object item : list) {
					if (item instanceof Map<?, ?> map) {
						trees.add(toTree(child.entity(), cast(map)));
					}
				}
				tree.put(key, trees);
			}
		});
		return tree;
	}

	/** A stored tree as an HSDS object, fields in HSDS's order, absent ones left out. */
	static Map<String, Object> toHsds(HsdsEntity entity, Map<String, Object> tree) {
		Map<String, Object> hsds = new LinkedHashMap<>();
		hsds.put("id", tree.get("id"));
		for (String field : entity.fields) {
			Object value = tree.get(HsdsEntity.property(field));
			if (value != null) {
				hsds.put(field, value);
			}
		}
		entity.children().forEach((key, child) -> {
			Object value = tree.get(key);
			if (child.single() && value instanceof Map<?, ?> single) {
				hsds.put(key, toHsds(child.entity(), cast(single)));
			}
			else if (!child.single()) {
				List<Object> objects = new ArrayList<>();
				if (value instanceof List<?> list) {
					list.forEach(item -> objects.add(toHsds(child.entity(), cast((Map<?, ?>) item))));
				}
				hsds.put(key, objects);
			}
		});
		return hsds;
	}

	/** A number from JSON or CSV: whole numbers as Long, others as Double; text that is no number stays null. */
	static Object number(Object value) {
		if (value instanceof Number number) {
			return number instanceof Double || number instanceof Float || number instanceof BigDecimal
					? (Object) number.doubleValue() : (Object) number.longValue();
		}
		String text = value.toString().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return text.matches("-?\\d+") ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}
}
