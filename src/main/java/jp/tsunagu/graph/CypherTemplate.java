package jp.tsunagu.graph;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Composes a statement from named fragments: each {@code {{name}}} in the template is replaced by the fragment of that
 * name. Fragments are fixed text of the code base, never caller input (that goes in parameters). Every placeholder
 * must have a fragment and every fragment must be used, so a misspelt name fails when the class loads, not in the
 * database.
 */
public final class CypherTemplate {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

	private CypherTemplate() {
	}

	public static String compose(String template, Map<String, ?> fragments) {
		Set<String> unused = new HashSet<>(fragments.keySet());
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder composed = new StringBuilder();
		while (placeholder.find()) {
			String name = placeholder.group(1);
			if (!fragments.containsKey(name)) {
				throw new IllegalArgumentException("no fragment named " + name);
			}
			unused.remove(name);
			placeholder.appendReplacement(composed, Matcher.quoteReplacement(String.valueOf(fragments.get(name))));
		}
		placeholder.appendTail(composed);
		if (!unused.isEmpty()) {
			throw new IllegalArgumentException("fragments not in the template: " + unused);
		}
		return composed.toString();
	}
}
