package jp.tsunagu.household;

import java.time.ZonedDateTime;
import java.util.List;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/**
 * A household (世帯), known only by a pseudonymous code: the hub never stores names, addresses or phone
 * numbers of households, and households have no free-text fields where such details could slip in.
 */
public record Household(String id, String code, Integer memberCount, List<HouseholdFlag> flags, Protection protection,
		boolean archived, ZonedDateTime createdAt, ZonedDateTime updatedAt) {

	public Household {
		// households recorded before protection was tracked have none; they need no special protection
		protection = protection == null ? Protection.NONE : protection;
		flags = flags == null ? List.of() : List.copyOf(flags);
	}

	public static Household from(MapAccessor node) {
		return new Household(NodeValues.string(node, "id"), NodeValues.string(node, "code"),
				NodeValues.integer(node, "memberCount"),
				NodeValues.strings(node, "flags").stream().map(HouseholdFlag::valueOf).toList(),
				NodeValues.enumValue(node, "protection", Protection.class), NodeValues.flag(node, "archived"),
				NodeValues.dateTime(node, "createdAt"), NodeValues.dateTime(node, "updatedAt"));
	}

	public List<String> flagLabelsJa() {
		return flags.stream().map(HouseholdFlag::labelJa).toList();
	}
}
