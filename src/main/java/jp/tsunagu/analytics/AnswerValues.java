package jp.tsunagu.analytics;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns the driver's values into JSON: maps, lists, strings, numbers, booleans; nodes as {labels, properties},
 * relationships as {type, properties}, paths as lists of both, temporal values as ISO-8601 text. The analysts'
 * graph holds nothing identifying, so nothing is taken out here.
 */
final class AnswerValues {

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private AnswerValues() {
	}

	static List<List<Object>> rows(List<Record> records) {
		return records.stream().map(record -> record.values().stream().map(AnswerValues::convert).toList()).toList();
	}

	static Object convert(Value value) {
		if (value.isNull()) {
			return null;
		}
		if (TYPES.NODE().isTypeOf(value)) {
			return node(value.asNode());
		}
		if (TYPES.RELATIONSHIP().isTypeOf(value)) {
			return relationship(value.asRelationship());
		}
		if (TYPES.PATH().isTypeOf(value)) {
			return path(value.asPath());
		}
		if (TYPES.LIST().isTypeOf(value)) {
			return value.asList(AnswerValues::convert);
		}
		if (TYPES.MAP().isTypeOf(value)) {
			return properties(value);
		}
		if (TYPES.POINT().isTypeOf(value)) {
			return point(value.asPoint());
		}
		if (TYPES.BYTES().isTypeOf(value)) {
			return Base64.getEncoder().encodeToString(value.asByteArray());
		}
		if (TYPES.BOOLEAN().isTypeOf(value) || TYPES.INTEGER().isTypeOf(value) || TYPES.FLOAT().isTypeOf(value)
				|| TYPES.STRING().isTypeOf(value)) {
			return value.asObject();
		}
		// Temporal values and durations print as ISO-8601; anything newer prints as the driver shows it.
		return value.asObject().toString();
	}

	private static Map<String, Object> node(Node node) {
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("labels", labels);
		json.put("properties", properties(node));
		return json;
	}

	private static Map<String, Object> relationship(Relationship relationship) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", relationship.type());
		json.put("properties", properties(relationship));
		return json;
	}

	private static List<Object> path(Path path) {
		List<Object> steps = new ArrayList<>();
		steps.add(node(path.start()));
		for (Path.Segment segment : path) {
			steps.add(relationship(segment.relationship()));
			steps.add(node(segment.end()));
		}
		return steps;
	}

	private static Map<String, Object> properties(MapAccessor map) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (String key : map.keys()) {
			json.put(key, convert(map.get(key)));
		}
		return json;
	}

	private static Map<String, Object> point(Point point) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("srid", point.srid());
		json.put("x", point.x());
		json.put("y", point.y());
		if (!Double.isNaN(point.z())) {
			json.put("z", point.z());
		}
		return json;
	}
}
