package jp.tsunagu.analytics;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns the driver's values into JSON (maps, lists, strings, numbers, booleans) and applies the structural part of
 * pseudonymisation: a household node becomes its pseudonym with member count and flags (a protected household only
 * its pseudonym); account and audit nodes keep only their labels; element ids never leave.
 */
final class AnswerValues {

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private static final String HOUSEHOLD = "Household";

	private static final Set<String> HIDDEN_LABELS = Set.of("Account", "AuditEvent");

	/** Dropped from every map, whatever the query did to reach it. */
	private static final String HIDDEN_KEY = "passwordHash";

	private final Function<String, String> pseudonym;

	/** @param pseudonym the caller's pseudonym of a household id */
	AnswerValues(Function<String, String> pseudonym) {
		this.pseudonym = pseudonym;
	}

	Object convert(Value value) {
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
			return value.asList(this::convert);
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

	private Map<String, Object> node(Node node) {
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		Map<String, Object> json = new LinkedHashMap<>();
		if (labels.contains(HOUSEHOLD)) {
			json.put("labels", List.of(HOUSEHOLD));
			Value id = node.get("id");
			json.put("pseudonym", pseudonym.apply(id.isNull() ? node.elementId() : id.asString()));
			if ("NONE".equals(node.get("protection").asString(null))) {
				json.put("memberCount", convert(node.get("memberCount")));
				json.put("flags", convert(node.get("flags")));
			}
			return json;
		}
		json.put("labels", labels);
		if (labels.stream().noneMatch(HIDDEN_LABELS::contains)) {
			json.put("properties", properties(node));
		}
		return json;
	}

	private Map<String, Object> relationship(Relationship relationship) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", relationship.type());
		json.put("properties", properties(relationship));
		return json;
	}

	private List<Object> path(Path path) {
		List<Object> steps = new ArrayList<>();
		steps.add(node(path.start()));
		for (Path.Segment segment : path) {
			steps.add(relationship(segment.relationship()));
			steps.add(node(segment.end()));
		}
		return steps;
	}

	private Map<String, Object> properties(MapAccessor map) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (String key : map.keys()) {
			if (!HIDDEN_KEY.equals(key)) {
				json.put(key, convert(map.get(key)));
			}
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
