package jp.tsunagu.inbox;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.notification.EventKind;
import org.neo4j.driver.types.MapAccessor;

/**
 * An outbox event as stored, numbered by its sequence: its position in the outbox, which a client resumes after.
 *
 * @param payload the payload as JSON text (ids, codes and status words)
 */
record StoredEvent(long sequence, EventKind kind, ZonedDateTime createdAt, List<String> organizationIds,
		List<String> areaCodes, String householdId, List<String> personIds, String payload) {

	static StoredEvent from(MapAccessor e) {
		return new StoredEvent(e.get("sequence").asLong(), EventKind.valueOf(e.get("kind").asString()),
				NodeValues.dateTime(e, "createdAt"), NodeValues.strings(e, "organizationIds"),
				NodeValues.strings(e, "areaCodes"), NodeValues.string(e, "householdId"),
				NodeValues.strings(e, "personIds"), NodeValues.string(e, "payload"));
	}

	/** The event as the {@code $event} parameter of {@link InboxQueries#DELIVERABLE}. */
	Map<String, Object> asParameter() {
		Map<String, Object> event = new HashMap<>();
		event.put("kind", kind.name());
		event.put("organizationIds", organizationIds);
		event.put("areaCodes", areaCodes);
		event.put("householdId", householdId);
		event.put("personIds", personIds);
		return event;
	}
}
