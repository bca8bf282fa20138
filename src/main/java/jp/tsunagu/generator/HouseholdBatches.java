package jp.tsunagu.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a batch of household rows into the parameters of {@link StepCypher#HOUSEHOLDS}: the organisations, people and
 * areas the batch refers to, each listed once so the statement looks each up once per batch, and the rows with
 * positions in those lists (and in the database's Need and IsolationKind lists) instead of ids and codes.
 */
final class HouseholdBatches implements Function<List<Map<String, Object>>, Map<String, Object>> {

	private final Map<String, Integer> needs = new HashMap<>();

	private final Map<String, Integer> isolationKinds = new HashMap<>();

	/**
	 * @param vocabulary the database's need and isolation-kind codes in code order, as the statement lists the nodes
	 */
	HouseholdBatches(Vocabulary vocabulary) {
		vocabulary.needs().forEach(code -> needs.put(code, needs.size()));
		vocabulary.isolationKinds().forEach(code -> isolationKinds.put(code, isolationKinds.size()));
	}

	/** The database's Need and IsolationKind codes, ordered by code. */
	record Vocabulary(List<String> needs, List<String> isolationKinds) {
	}

	@Override
	public Map<String, Object> apply(List<Map<String, Object>> batch) {
		Map<String, Integer> organizations = new LinkedHashMap<>();
		Map<String, Integer> people = new LinkedHashMap<>();
		Map<String, Integer> areas = new LinkedHashMap<>();
		List<Map<String, Object>> rows = new ArrayList<>(batch.size());
		for (Map<String, Object> household : batch) {
			Map<String, Object> row = new HashMap<>(household);
			row.put("area", position(areas, (String) household.get("area")));
			row.put("holder", position(organizations, (String) household.get("holder")));
			row.put("issues", each(household, "issues", issue -> {
				Map<String, Object> copy = new HashMap<>(issue);
				copy.put("need", known(needs, (String) issue.get("need"), "Need"));
				return copy;
			}));
			row.put("isolation", ((List<?>) household.get("isolation")).stream()
				.map(code -> known(isolationKinds, (String) code, "IsolationKind"))
				.toList());
			row.put("organizationSupport", each(household, "organizationSupport", s -> positioned(s, organizations)));
			row.put("personSupport", each(household, "personSupport", s -> positioned(s, people)));
			row.put("consents", each(household, "consents", consent -> {
				Map<String, Object> copy = new HashMap<>(consent);
				copy.put("to", ((List<?>) consent.get("to")).stream().map(id -> position(organizations, (String) id)).toList());
				return copy;
			}));
			rows.add(row);
		}
		return Map.of("rows", rows, "organizations", List.copyOf(organizations.keySet()), "people",
				List.copyOf(people.keySet()), "areas", List.copyOf(areas.keySet()));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> each(Map<String, Object> household, String key,
			Function<Map<String, Object>, Map<String, Object>> change) {
		return ((List<Map<String, Object>>) household.get(key)).stream().map(change).toList();
	}

	private static Map<String, Object> positioned(Map<String, Object> support, Map<String, Integer> list) {
		Map<String, Object> copy = new HashMap<>(support);
		copy.put("id", position(list, (String) support.get("id")));
		return copy;
	}

	private static int position(Map<String, Integer> list, String key) {
		return list.computeIfAbsent(key, k -> list.size());
	}

	private static int known(Map<String, Integer> codes, String code, String label) {
		Integer position = codes.get(code);
		if (position == null) {
			throw new IllegalStateException("The database has no " + label + " " + code + " (are the migrations applied?)");
		}
		return position;
	}
}
