package jp.tsunagu.analytics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.HubSecret;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Component;

/**
 * Everything an analyst receives passes through here: households appear only as pseudonyms that are stable for one
 * analyst and different for every other ({@link HubSecret#pseudonym}), so analysts cannot pool answers to link them.
 */
@Component
class Pseudonymisation {

	private static final String LOOKUP = """
			MATCH (h:Household) WHERE h.id IN $candidates OR h.code IN $candidates
			RETURN coalesce(h.id, elementId(h)) AS id, h.code AS code""";

	private final Driver driver;

	private final HubSecret secret;

	Pseudonymisation(Driver driver, HubSecret secret) {
		this.driver = driver;
		this.secret = secret;
	}

	/** The rows as JSON, household nodes and every mention of a household id or code replaced. */
	List<List<Object>> rows(Caller analyst, List<Record> records) {
		AnswerValues values = new AnswerValues(id -> secret.pseudonym(analyst.username(), id));
		List<List<Object>> rows = records.stream()
			.map(record -> record.values().stream().map(values::convert).toList())
			.toList();
		@SuppressWarnings("unchecked")
		List<List<Object>> replaced = (List<List<Object>>) HouseholdMentions.replace(rows, replacements(analyst, rows));
		return replaced;
	}

	/** A message from the database, which may quote values (a failed date() quotes its text), scrubbed the same way. */
	String message(Caller analyst, String message) {
		return HouseholdMentions.replaceIn(message, replacements(analyst, message));
	}

	/** Whether the query or its parameters name a household: its pseudonym must not be learnt from its identity. */
	boolean namesHousehold(String query, Object parameters) {
		Set<String> candidates = new HashSet<>();
		HouseholdMentions.candidates(query, candidates);
		HouseholdMentions.candidates(parameters, candidates);
		return !lookUp(candidates).isEmpty();
	}

	private Map<String, String> replacements(Caller analyst, Object answer) {
		Set<String> candidates = new HashSet<>();
		HouseholdMentions.candidates(answer, candidates);
		Map<String, String> replacements = new HashMap<>();
		for (Record household : lookUp(candidates)) {
			String id = household.get("id").asString();
			String pseudonym = secret.pseudonym(analyst.username(), id);
			replacements.put(id.toLowerCase(Locale.ROOT), pseudonym);
			replacements.put(household.get("code").asString(id).toLowerCase(Locale.ROOT), pseudonym);
		}
		return replacements;
	}

	private List<Record> lookUp(Set<String> candidates) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		try (Session session = driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.run(LOOKUP, Map.of("candidates", List.copyOf(candidates))).list();
		}
	}
}
