package jp.tsunagu.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import jp.tsunagu.graph.LifecycleStatus;
import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** A liaison council, consultative body, platform or sub-committee (連絡会・協議会・協議体・部会). */
public record Network(String id, String name, NetworkKind kind, Integer tier, String description, LocalDate foundedOn,
		boolean generated, boolean archived, ZonedDateTime createdAt, ZonedDateTime updatedAt, LifecycleStatus status) {

	/**
	 * From the id alone: equal records have equal ids, and a page's records are keys of the data loaders' maps, where
	 * hashing every component (date-times included) showed in the profile.
	 */
	@Override
	public int hashCode() {
		return java.util.Objects.hashCode(id);
	}

	public static Network from(MapAccessor node) {
		return new Network(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
				NodeValues.enumValue(node, "networkKind", NetworkKind.class), NodeValues.integer(node, "tier"),
				NodeValues.string(node, "description"), NodeValues.date(node, "foundedOn"),
				NodeValues.flag(node, "generated"), NodeValues.flag(node, "archived"),
				NodeValues.dateTime(node, "createdAt"), NodeValues.dateTime(node, "updatedAt"), LifecycleStatus.of(node));
	}

	public String statusLabelJa() {
		return status.labelJa();
	}

	public String kindLabelJa() {
		return kind.labelJa();
	}
}
