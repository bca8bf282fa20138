package jp.tsunagu.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The MATCH of a filtered list, built from the filters in use, for {@link PagedQuery}. The statement holds only the
 * conditions of the filters given, each a fixed fragment (one statement with every condition behind "$x IS NULL OR"
 * is slow to plan and cannot start from an index), and it starts from the pattern of the first filter given that has
 * one, instead of from every node of the label: a list of one town's organisations reads that town, not the country.
 * Filters are given most selective first.
 */
public final class FilteredMatch {

	private final String variable;

	private final String unfiltered;

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new HashMap<>();

	private String start;

	/**
	 * @param variable the listed node's variable, with any other variable the conditions need (e.g. {@code h, held})
	 * @param unfiltered where the list starts when no filter has a pattern, e.g. {@code MATCH (o:Organization)}
	 */
	public FilteredMatch(String variable, String unfiltered) {
		this.variable = variable;
		this.unfiltered = unfiltered;
	}

	/** A condition that always applies. */
	public FilteredMatch where(String condition) {
		conditions.add(condition);
		return this;
	}

	/** A filter without a starting pattern: its condition, when {@code value} is given. */
	public FilteredMatch filter(String parameter, Object value, String condition) {
		return filter(parameter, value, condition, null);
	}

	/**
	 * A filter, when {@code value} is given: the list starts from {@code pattern} (which binds the listed node, each
	 * once, exactly where {@code condition} holds) unless an earlier filter's pattern was taken; otherwise its
	 * condition applies.
	 */
	public FilteredMatch filter(String parameter, Object value, String condition, String pattern) {
		if (value == null) {
			return this;
		}
		parameters.put(parameter, value);
		if (pattern != null && start == null) {
			start = pattern;
		}
		else {
			conditions.add(condition);
		}
		return this;
	}

	/** A MATCH … WHERE … clause binding the listed node; fixed fragments only, never caller input. */
	public String match() {
		String from = start == null ? unfiltered : start;
		return conditions.isEmpty() ? from
				: from + "\nWITH " + variable + " WHERE " + String.join("\n  AND ", conditions);
	}

	public Map<String, Object> parameters() {
		return parameters;
	}
}
