package jp.tsunagu.service;

import java.time.ZonedDateTime;

import jp.tsunagu.graph.LifecycleStatus;
import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** A resource a household can be connected to (社会資源); provider, needs and areas are resolved as fields. */
public record Service(String id, String name, String description, String eligibility, String capacity,
		String schedule, boolean generated, boolean archived, ZonedDateTime createdAt, ZonedDateTime updatedAt,
		LifecycleStatus status) {

	/**
	 * From the id alone: equal records have equal ids, and a page's records are keys of the data loaders' maps, where
	 * hashing every component (date-times included) showed in the profile.
	 */
	@Override
	public int hashCode() {
		return java.util.Objects.hashCode(id);
	}

	public static Service from(MapAccessor node) {
		return new Service(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
				NodeValues.string(node, "description"), NodeValues.string(node, "eligibility"),
				textOf(node, "capacity"), NodeValues.string(node, "schedule"),
				NodeValues.flag(node, "generated"), NodeValues.flag(node, "archived"),
				NodeValues.dateTime(node, "createdAt"), NodeValues.dateTime(node, "updatedAt"), LifecycleStatus.of(node));
	}

	public String statusLabelJa() {
		return status.labelJa();
	}

	/** Imports and the demo may store a capacity as a bare number (20); the API always speaks text (20名, 若干名). */
	private static String textOf(MapAccessor node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : String.valueOf(value.asObject());
	}
}
