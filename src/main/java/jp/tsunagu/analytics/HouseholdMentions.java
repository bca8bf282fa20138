package jp.tsunagu.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value-level part of pseudonymisation: household ids and codes inside any string of an answer (a projected
 * {@code h.code}, {@code 'x ' + h.code}, a map of properties, an error message). Ids and codes are letters, digits
 * and hyphens; every hyphen-bounded piece of such a run up to the longest code is a candidate, so a code joined to
 * other text with a hyphen is still found. Matching ignores case. Text the query cut or rearranged (substring, split
 * into characters) cannot be recognised here; the audit log is the control for that.
 */
final class HouseholdMentions {

	private static final Pattern RUN = Pattern.compile("[A-Za-z0-9-]+");

	/** Household codes are 3 to 40 characters, ids 36. */
	private static final int MIN_LENGTH = 3;

	private static final int MAX_LENGTH = 40;

	private HouseholdMentions() {
	}

	/** Every string in the value that could be a household id or code, as written and in upper and lower case. */
	static void candidates(Object value, Set<String> into) {
		strings(value, text -> {
			Matcher run = RUN.matcher(text);
			while (run.find()) {
				String piece = run.group();
				for (int start = 0; start < piece.length(); start++) {
					if (!isStart(piece, start)) {
						continue;
					}
					for (int end = start + MIN_LENGTH; end <= Math.min(piece.length(), start + MAX_LENGTH); end++) {
						if (isEnd(piece, end)) {
							String candidate = piece.substring(start, end);
							into.add(candidate);
							into.add(candidate.toUpperCase(Locale.ROOT));
							into.add(candidate.toLowerCase(Locale.ROOT));
						}
					}
				}
			}
		});
	}

	/**
	 * The value with every mention replaced.
	 *
	 * @param replacements lower-case id or code to its pseudonym
	 */
	static Object replace(Object value, Map<String, String> replacements) {
		if (replacements.isEmpty()) {
			return value;
		}
		if (value instanceof String text) {
			return replaceIn(text, replacements);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(item -> replace(item, replacements)).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> replaced = new LinkedHashMap<>();
			map.forEach((key, item) -> replaced.put(key, replace(item, replacements)));
			return replaced;
		}
		return value;
	}

	static String replaceIn(String text, Map<String, String> replacements) {
		StringBuilder result = new StringBuilder(text.length());
		Matcher run = RUN.matcher(text);
		int copied = 0;
		while (run.find()) {
			result.append(text, copied, run.start()).append(replaceInRun(run.group(), replacements));
			copied = run.end();
		}
		return result.append(text, copied, text.length()).toString();
	}

	/** Longest match first, from each piece start, so an id is not taken for a code that is a part of it. */
	private static String replaceInRun(String piece, Map<String, String> replacements) {
		StringBuilder result = new StringBuilder(piece.length());
		int position = 0;
		while (position < piece.length()) {
			String pseudonym = null;
			int matchedEnd = position;
			if (isStart(piece, position)) {
				for (int end = Math.min(piece.length(), position + MAX_LENGTH); end >= position + MIN_LENGTH; end--) {
					if (isEnd(piece, end)) {
						pseudonym = replacements.get(piece.substring(position, end).toLowerCase(Locale.ROOT));
						if (pseudonym != null) {
							matchedEnd = end;
							break;
						}
					}
				}
			}
			if (pseudonym != null) {
				result.append(pseudonym);
				position = matchedEnd;
			}
			else {
				result.append(piece.charAt(position++));
			}
		}
		return result.toString();
	}

	private static boolean isStart(String piece, int index) {
		return index == 0 || piece.charAt(index - 1) == '-';
	}

	private static boolean isEnd(String piece, int index) {
		return index == piece.length() || piece.charAt(index) == '-';
	}

	private static void strings(Object value, Consumer<String> action) {
		if (value instanceof String text) {
			action.accept(text);
		}
		else if (value instanceof List<?> list) {
			list.forEach(item -> strings(item, action));
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach(item -> strings(item, action));
		}
	}
}
