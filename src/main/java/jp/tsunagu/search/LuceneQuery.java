package jp.tsunagu.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a person typed into a full-text query: every word must appear as written (a phrase
 * of the CJK analyzer's character pairs, so Japanese matches as a substring), and Lucene's
 * operators in the text are taken literally.
 */
final class LuceneQuery {

	private LuceneQuery() {
	}

	static String allWords(String text) {
		return Arrays.stream(text.strip().split("\\s+"))
			.filter(word -> !word.isEmpty())
			.map(word -> "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(" AND "));
	}
}
