package jp.tsunagu.meeting;

import java.time.ZonedDateTime;
import java.util.List;

import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.Person;
import org.neo4j.driver.Value;

/**
 * A case meeting (支援会議): who held it (a network such as a 重層的支援会議, or an organisation for its internal
 * 対策会議), its secretariat, when, who took part, and its minutes. The households discussed are read apart, by
 * participants only.
 */
public record Meeting(String id, MeetingKind kind, String title, ZonedDateTime heldAt, MeetingBody body,
		List<Organization> secretariat, List<Organization> participatingOrganizations, List<Person> attendees,
		String minutes, String recordedBy, ZonedDateTime createdAt) {

	/** The network or organisation that holds a meeting. */
	public record MeetingBody(String id, String name, String kind) {
	}

	/** From a map {m, body, bodyKind, secretariat, organizations, people}. */
	static Meeting from(Value row) {
		var m = row.get("m").asNode();
		var body = row.get("body").asNode();
		return new Meeting(NodeValues.string(m, "id"), NodeValues.enumValue(m, "kind", MeetingKind.class),
				NodeValues.string(m, "title"), NodeValues.dateTime(m, "heldAt"),
				new MeetingBody(NodeValues.string(body, "id"), NodeValues.string(body, "name"),
						row.get("bodyKind").asString()),
				row.get("secretariat").asList(value -> Organization.from(value.asNode())),
				row.get("organizations").asList(value -> Organization.from(value.asNode())),
				row.get("people").asList(value -> Person.from(value.asNode())), NodeValues.string(m, "minutes"),
				NodeValues.string(m, "recordedBy"), NodeValues.dateTime(m, "createdAt"));
	}
}
