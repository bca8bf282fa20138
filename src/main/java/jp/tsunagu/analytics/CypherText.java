package jp.tsunagu.analytics;

/**
 * An analyst's query with every Unicode space, line or paragraph separator, format character (U+200B, U+FEFF, …)
 * and control character outside quotes turned into an ASCII space, and comments too. What the guard parses is then
 * what the database runs: no character can be a space to one and something else to the other. Text inside quotes
 * ('…', "…", `…`) is kept as written, so a name with a full-width space (U+3000) still matches.
 */
final class CypherText {

	private CypherText() {
	}

	static String normalise(String query) {
		StringBuilder text = new StringBuilder(query.length());
		int i = 0;
		while (i < query.length()) {
			char c = query.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				i = quoted(query, i, c, text);
			}
			else if (c == '/' && i + 1 < query.length() && query.charAt(i + 1) == '/') {
				i = lineCommentEnd(query, i);
				text.append(' ');
			}
			else if (c == '/' && i + 1 < query.length() && query.charAt(i + 1) == '*') {
				int end = query.indexOf("*/", i + 2);
				i = end < 0 ? query.length() : end + 2;
				text.append(' ');
			}
			else {
				int codePoint = query.codePointAt(i);
				if (isSpaceLike(codePoint)) {
					text.append(' ');
				}
				else {
					text.appendCodePoint(codePoint);
				}
				i += Character.charCount(codePoint);
			}
		}
		return text.toString();
	}

	/**
	 * Every character that could separate words to some reader of the text, or hide between them; but the ASCII
	 * space, tab and line breaks, which every reader takes as such and which keep the error positions right.
	 */
	static boolean isSpaceLike(int codePoint) {
		if (codePoint == ' ' || codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
			return false;
		}
		return switch (Character.getType(codePoint)) {
			case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.FORMAT,
					Character.CONTROL ->
				true;
			default -> Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
		};
	}

	/** Copies a quoted string or name as written; a backslash escapes inside strings, a doubled backtick in names. */
	private static int quoted(String query, int start, char quote, StringBuilder text) {
		int i = start + 1;
		while (i < query.length()) {
			char c = query.charAt(i);
			if (c == '\\' && quote != '`' && i + 1 < query.length()) {
				i += 2;
				continue;
			}
			if (c == quote) {
				if (quote == '`' && i + 1 < query.length() && query.charAt(i + 1) == '`') {
					i += 2;
					continue;
				}
				i++;
				break;
			}
			i++;
		}
		text.append(query, start, i);
		return i;
	}

	private static int lineCommentEnd(String query, int start) {
		int i = start;
		while (i < query.length() && query.charAt(i) != '\n' && query.charAt(i) != '\r') {
			i++;
		}
		return i;
	}
}
