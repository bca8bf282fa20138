package jp.tsunagu.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Null-safe reads of node and map properties into Java types. */
public final class NodeValues {

	private NodeValues() {
	}

	public static String string(MapAccessor map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asString();
	}

	public static Integer integer(MapAccessor map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asInt();
	}

	public static Long longValue(MapAccessor map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asLong();
	}

	public static Double decimal(MapAccessor map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asDouble();
	}

	public static boolean flag(MapAccessor map, String key) {
		Value value = map.get(key);
		return !value.isNull() && value.asBoolean();
	}

	public static LocalDate date(MapAccessor map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asLocalDate();
	}

	public static ZonedDateTime dateTime(MapAccessor map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asZonedDateTime();
	}

	public static List<String> strings(MapAccessor map, String key) {
		Value value = map.get(key);
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

	public static <E extends Enum<E>> E enumValue(MapAccessor map, String key, Class<E> type) {
		String name = string(map, key);
		return name == null ? null : Enum.valueOf(type, name);
	}
}
