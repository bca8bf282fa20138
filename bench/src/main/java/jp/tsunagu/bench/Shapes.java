package jp.tsunagu.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape of a request: its text and the types of its parameters, values left out. The database keeps one plan per
 * shape, so one request of each shape is enough to have everything planned (see {@link Priming}).
 */
final class Shapes {

	private Shapes() {
	}

	static String of(PreparedRequest request) {
		JsonNode body = Json.parse(request.body());
		return body.path("query").asText() + shape(body.path("variables"));
	}

	static String of(CapturedRequest request) {
		return request.groups()
			.stream()
			.flatMap(group -> group.statements().stream())
			.map(statement -> statement.query() + shape(statement.parameters()))
			.collect(Collectors.joining("\n"));
	}

	private static String shape(JsonNode value) {
		if (value.isObject()) {
			Map<String, String> fields = new TreeMap<>();
			value.fields().forEachRemaining(field -> fields.put(field.getKey(), shape(field.getValue())));
			return fields.toString();
		}
		if (value.isArray()) {
			return value.isEmpty() ? "[]" : "[" + shape(value.get(0)) + "]";
		}
		return value.getNodeType().name();
	}

	private static String shape(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, String> fields = new TreeMap<>();
			map.forEach((key, item) -> fields.put(String.valueOf(key), shape(item)));
			return fields.toString();
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? "[]" : "[" + shape(list.get(0)) + "]";
		}
		return value == null ? "null" : value.getClass().getSimpleName();
	}
}
