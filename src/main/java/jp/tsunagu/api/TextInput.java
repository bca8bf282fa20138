package jp.tsunagu.api;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as people type it, cleaned before it is checked, compared or stored. Names are NFKC-normalised (full-width
 * Latin letters and digits and half-width katakana become their usual forms, an ideographic space a space), format
 * characters that do not show (zero-width space, byte-order mark, direction overrides and marks) are removed,
 * white space is collapsed and trimmed: a name differs from another only by what a reader sees. Longer text keeps
 * its line breaks and its characters, and loses only the invisible format characters and outer white space.
 * <p>
 * Some characters have no place in any text a person enters: control characters (NUL, the ESC of terminal escape
 * sequences; longer text may hold tabs and line breaks), Unicode non-characters and lone surrogates. Text holding
 * one is refused, with a message that names the character, rather than silently changed.
 */
public final class TextInput {

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private TextInput() {
	}

	/** A name cleaned (see above), or null for null. */
	public static String name(String raw) {
		if (raw == null) {
			return null;
		}
		String normalised = Normalizer.normalize(withoutFormatCharacters(raw), Normalizer.Form.NFKC);
		return WHITE_SPACE.matcher(withoutFormatCharacters(normalised)).replaceAll(" ").strip();
	}

	/** Longer text (a description, a note) cleaned (see above), or null for null. */
	public static String text(String raw) {
		return raw == null ? null : withoutFormatCharacters(raw).strip();
	}

	/**
	 * Why the text cannot be taken, in both languages, or null when it can: it holds a control character (other than
	 * a tab or line break in multi-line text), a non-character or a lone surrogate.
	 */
	public static Bilingual refusal(String raw, boolean multiLine) {
		if (raw == null) {
			return null;
		}
		for (int i = 0; i < raw.length();) {
			int c = raw.codePointAt(i);
			if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
				return new Bilingual(at("制御文字は使えません", c, i),
						"must not contain control characters (" + codePoint(c) + " at position " + (i + 1) + ")");
			}
			if (Character.getType(c) == Character.SURROGATE) {
				return new Bilingual(at("壊れた文字が含まれています", c, i),
						"must not contain a lone surrogate (" + codePoint(c) + " at position " + (i + 1) + ")");
			}
			if (nonCharacter(c)) {
				return new Bilingual(at("使えない文字が含まれています", c, i),
						"must not contain Unicode non-characters (" + codePoint(c) + " at position " + (i + 1) + ")");
			}
			i += Character.charCount(c);
		}
		return null;
	}

	private static String at(String japanese, int c, int index) {
		return japanese + "（" + (index + 1) + "文字目の " + codePoint(c) + "）";
	}

	static boolean nonCharacter(int c) {
		return c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
	}

	private static String withoutFormatCharacters(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static String codePoint(int c) {
		return String.format("U+%04X", c);
	}
}
