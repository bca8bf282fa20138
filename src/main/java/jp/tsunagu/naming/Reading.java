package jp.tsunagu.naming;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How a name reads, from the IPADIC dictionary that Lucene's Japanese analyser (Kuromoji) bundles: こども, 子ども and
 * 子供 all read こども. Words written in kanji in one name and in kana in another (表記ゆれ of spelling, not of width
 * or script) are one through their reading. Homophones written in different kanji (市立 and 私立, both しりつ) read alike
 * too: {@link #sameName} keeps them apart, {@link #searchKey} does not (a search finds them, ranked below exact hits).
 */
public final class Reading {

	/** The stored property that holds {@link #key} of a name, searched by the {@code directory_text} index. */
	public static final String PROPERTY = "nameReading";

	/** The stored property that holds {@link #key} of a description, searched by the same index. */
	public static final String DESCRIPTION_PROPERTY = "descriptionReading";

	private record Token(String surface, String reading, boolean properNoun) {
	}

	/**
	 * Writings the dictionary misreads, and the word each one writes: 障がい, written so to avoid 害, would read さわがい,
	 * and 引き籠もり ひきかごもり. Welfare texts use both writings of these words side by side.
	 */
	private static final Map<String, String> MISREAD_WRITINGS = Map.of("障がい", "障害", "引き籠もり", "引きこもり", "引籠り",
			"引きこもり", "引き籠り", "引きこもり");

	private static final ThreadLocal<JapaneseTokenizer> TOKENIZER = ThreadLocal
		.withInitial(() -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));

	private Reading() {
	}

	/**
	 * The reading of a text in the form names are compared in ({@link Notation#key}, so in hiragana): each word's
	 * reading from the dictionary, or the word itself when the dictionary has none (Latin letters, digits, unknown
	 * words). Null for null.
	 */
	public static String key(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder reading = new StringBuilder();
		for (Token token : tokens(text)) {
			reading.append(token.reading());
		}
		return Notation.key(reading.toString());
	}

	/**
	 * The reading a search tries for a word beside its notation variants, or null when it would add nothing: when the
	 * word reads as it is written, or is a proper noun only (a place or a person's name, whose kanji the dictionary
	 * reads one way of many: 小野 is not sought as おの, which 大野 contains).
	 */
	public static String searchKey(String word) {
		List<Token> tokens = tokens(word);
		if (tokens.isEmpty() || tokens.stream().allMatch(Token::properNoun)) {
			return null;
		}
		String key = key(word);
		return key.equals(Notation.key(word)) ? null : key;
	}

	/**
	 * Whether two names are one name written two ways: the same {@link Notation#key}, or the same reading where one
	 * writes in kana what the other writes in kanji (the kanji of one, in order, are among those of the other). こども食堂,
	 * 子ども食堂 and 子供食堂 are one name; 市立病院 and 私立病院, which read alike in different kanji, are two.
	 */
	public static boolean sameName(String one, String other) {
		if (one == null || other == null) {
			return false;
		}
		String oneNotation = Notation.key(one);
		String otherNotation = Notation.key(other);
		if (oneNotation.equals(otherNotation)) {
			return true;
		}
		if (!key(one).equals(key(other))) {
			return false;
		}
		String oneKanji = kanji(oneNotation);
		String otherKanji = kanji(otherNotation);
		return isSubsequence(oneKanji, otherKanji) || isSubsequence(otherKanji, oneKanji);
	}

	private static List<Token> tokens(String text) {
		String normal = Notation.written(text);
		for (Map.Entry<String, String> writing : MISREAD_WRITINGS.entrySet()) {
			normal = normal.replace(writing.getKey(), writing.getValue());
		}
		JapaneseTokenizer tokenizer = TOKENIZER.get();
		List<Token> tokens = new ArrayList<>();
		try {
			tokenizer.setReader(new StringReader(normal));
			CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
			ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
			PartOfSpeechAttribute partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
			tokenizer.reset();
			while (tokenizer.incrementToken()) {
				String surface = term.toString();
				String read = reading.getReading();
				String pos = partOfSpeech.getPartOfSpeech();
				tokens.add(new Token(surface, read == null ? surface : read, pos != null && pos.startsWith("名詞-固有名詞")));
			}
			tokenizer.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				tokenizer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return tokens;
	}

	private static String kanji(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints()
			.filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
			.forEach(out::appendCodePoint);
		return out.toString();
	}

	private static boolean isSubsequence(String part, String whole) {
		int at = 0;
		for (int i = 0; i < whole.length() && at < part.length(); i++) {
			if (whole.charAt(i) == part.charAt(at)) {
				at++;
			}
		}
		return at == part.length();
	}
}
