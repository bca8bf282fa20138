package jp.tsunagu.search;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tsunagu.naming.Notation;
import jp.tsunagu.naming.Reading;

/**
 * Turns what a person typed into a full-text query: every word must appear as written (a phrase
 * of the CJK analyzer's character pairs, so Japanese matches as a substring), in any of its notation variants
 * (hiragana or katakana, ヶ or ケ, 々 written out; the analyzer itself folds full- and half-width) or, for a word of
 * common vocabulary, in its reading (子供 finds こども and 子ども through the names' readings, scored lower), and Lucene's
 * operators in the text are taken literally.
 */
final class LuceneQuery {

	/** A hit by reading alone scores well below one by notation: 子供食堂 first, then こども食堂, when 子供食堂 is sought. */
	private static final String READING_BOOST = "^0.1";

	/**
	 * The fields a word is sought in as written. Named, so that the readings beside them in the index neither match a
	 * notation nor move its scores.
	 */
	private static final List<String> WRITTEN_FIELDS = List.of("name", "nameKana", "description");

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
		String phrases = variants.stream()
			.flatMap(variant -> WRITTEN_FIELDS.stream().map(field -> field + ":" + phrase(variant)))
			.collect(Collectors.joining(" OR "));
		String reading = Reading.searchKey(word);
		if (reading != null) {
			phrases += " OR " + Reading.PROPERTY + ":" + phrase(reading) + READING_BOOST + " OR "
					+ Reading.DESCRIPTION_PROPERTY + ":" + phrase(reading) + READING_BOOST;
		}
		return "(" + phrases + ")";
	}

	private static String phrase(String word) {
		return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
