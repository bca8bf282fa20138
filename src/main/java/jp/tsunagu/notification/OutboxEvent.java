package jp.tsunagu.notification;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event to publish. It names who may receive it: the organisations concerned and the areas (local government
 * codes) it happened in. Subscribers are checked against those again for every event. The payload holds ids and
 * codes, never a household's personal data: a receiver reads those through the API, which checks their scope.
 *
 * @param householdId the household concerned, or null
 * @param payload flat values (strings, numbers, booleans, lists of those)
 */
public record OutboxEvent(EventKind kind, List<String> organizationIds, List<String> areaCodes, String householdId,
		Map<String, Object> payload) {

	public OutboxEvent {
		Objects.requireNonNull(kind, "kind");
		organizationIds = List.copyOf(organizationIds);
		areaCodes = List.copyOf(areaCodes);
		payload = Map.copyOf(payload);
	}

}
