package jp.tsunagu.casework;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.Person;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** A contact with a household, as it stands now, with every version it had. */
record Contact(String id, String householdId, ContactKind kind, ContactOutcome outcome, ZonedDateTime at, String note,
		Organization organization, Person person, String recordedBy, ZonedDateTime recordedAt, int version,
		boolean voided, String voidReason, List<ContactRevision> history) {

	/** The row {@link ContactQueries#RETURN_CONTACT} returns. */
	static Contact from(Value row) {
		var c = row.get("c").asNode();
		List<ContactRevision> history = row.get("history")
			.asList(ContactRevision::from)
			.stream()
			.sorted(Comparator.comparing(ContactRevision::changedAt))
			.toList();
		return new Contact(NodeValues.string(c, "id"), row.get("householdId").asString(),
				NodeValues.enumValue(c, "kind", ContactKind.class), NodeValues.enumValue(c, "outcome", ContactOutcome.class),
				NodeValues.dateTime(c, "at"), NodeValues.string(c, "note"),
				row.get("organization").isNull() ? null : Organization.from(row.get("organization").asNode()),
				row.get("person").isNull() ? null : Person.from(row.get("person").asNode()),
				NodeValues.string(c, "recordedBy"), NodeValues.dateTime(c, "createdAt"), c.get("version").asInt(0),
				!c.get("voidedAt").isNull(), NodeValues.string(c, "voidReason"), history);
	}

	public String kindLabelJa() {
		return kind.labelJa();
	}

	public String outcomeLabelJa() {
		return outcome.labelJa();
	}

	public boolean reached() {
		return outcome.reached();
	}

	record ContactRevision(ContactChangeKind change, ZonedDateTime changedAt, String changedBy, String reason,
			ContactKind kind, ContactOutcome outcome, ZonedDateTime at, String note) {

		static ContactRevision from(MapAccessor node) {
			return new ContactRevision(NodeValues.enumValue(node, "change", ContactChangeKind.class),
					NodeValues.dateTime(node, "createdAt"), NodeValues.string(node, "changedBy"),
					NodeValues.string(node, "reason"), NodeValues.enumValue(node, "kind", ContactKind.class),
					NodeValues.enumValue(node, "outcome", ContactOutcome.class), NodeValues.dateTime(node, "at"),
					NodeValues.string(node, "note"));
		}
	}
}
