package jp.tsunagu.search;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tsunagu.naming.Notation;

/**
 * Turns what a person typed into a full-text query: every word must appear as written (a phrase
 * of the CJK analyzer's character pairs, so Japanese matches as a substring), in any of its notation variants
 * (hiragana or katakana, ヶ or ケ, 々 written out; the analyzer itself folds full- and half-width), and Lucene's
 * operators in the text are taken literally.
 */
final class LuceneQuery {

	private LuceneQuery() {
	}

	static String allWords(String text) {
		return Arrays.stream(text.strip().split("[\\s\\p{Zs}]+"))
			.filter(word -> !word.isEmpty())
			.map(LuceneQuery::anyVariant)
			.collect(Collectors.joining(" AND "));
	}

	private static String anyVariant(String word) {
		Set<String> variants = Notation.variants(word);
		String phrases = variants.stream().map(LuceneQuery::phrase).collect(Collectors.joining(" OR "));
		return variants.size() == 1 ? phrases : "(" + phrases + ")";
	}

	private static String phrase(String word) {
		return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
