package jp.tsunagu.person;

import java.time.ZonedDateTime;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/**
 * A person who does the connecting: a 民生委員・児童委員 or a staff member. Only names are kept, never contact
 * details.
 */
public record Person(String id, String name, PersonKind kind, boolean chiefChildCommissioner, boolean generated,
		boolean archived, ZonedDateTime createdAt, ZonedDateTime updatedAt) {

	/**
	 * From the id alone: equal records have equal ids, and a page's records are keys of the data loaders' maps, where
	 * hashing every component (date-times included) showed in the profile.
	 */
	@Override
	public int hashCode() {
		return java.util.Objects.hashCode(id);
	}

	/**
	 * Reads a person from a {@link Node} (or a node {@link Value}) or from a map projection.
	 * <p>
	 * The kind is not a stored property; it comes from the node's labels ({@code CommissionedVolunteer} or
	 * {@code StaffMember}). A map has no labels, so it must carry either a {@code kind} entry
	 * ({@code "COMMISSIONED_VOLUNTEER"} / {@code "STAFF"}) or a {@code labels} entry (e.g. {@code labels(p)}).
	 */
	public static Person from(MapAccessor node) {
		return new Person(NodeValues.string(node, "id"), NodeValues.string(node, "name"), kindOf(node),
				NodeValues.flag(node, "chiefChildCommissioner"), NodeValues.flag(node, "generated"),
				NodeValues.flag(node, "archived"), NodeValues.dateTime(node, "createdAt"),
				NodeValues.dateTime(node, "updatedAt"));
	}

	public String kindLabelJa() {
		return kind.labelJa();
	}

	private static PersonKind kindOf(MapAccessor node) {
		if (node instanceof Node labelled) {
			return kindFromLabels(labelled.labels());
		}
		if (node instanceof Value value && "NODE".equals(value.type().name())) {
			return kindFromLabels(value.asNode().labels());
		}
		Value kind = node.get("kind");
		if (!kind.isNull()) {
			return PersonKind.valueOf(kind.asString());
		}
		Value labels = node.get("labels");
		if (!labels.isNull()) {
			return kindFromLabels(labels.asList(Value::asString));
		}
		throw new IllegalArgumentException("A person map needs a 'kind' or 'labels' entry to tell its kind");
	}

	private static PersonKind kindFromLabels(Iterable<String> labels) {
		for (String label : labels) {
			for (PersonKind kind : PersonKind.values()) {
				if (kind.nodeLabel().equals(label)) {
					return kind;
				}
			}
		}
		throw new IllegalArgumentException("A person needs the label CommissionedVolunteer or StaffMember, had " + labels);
	}
}
