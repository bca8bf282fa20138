package jp.tsunagu.naming;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Notation variants of Japanese written as one (表記ゆれ), with ICU: full- and half-width (NFKC, which also folds
 * compatibility ideographs and ㈱ into (株)), katakana and hiragana, ヶ/ケ, and 々 written out. {@link #key} is the one
 * form names are compared in; {@link #variants} are the forms a full-text query tries.
 */
public final class Notation {

	private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

	private static final ThreadLocal<Transliterator> TO_HIRAGANA = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Katakana-Hiragana"));

	private static final ThreadLocal<Transliterator> TO_KATAKANA = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Hiragana-Katakana"));

	/** Abbreviated legal forms as written in names, and the form itself. */
	private static final Map<String, String> LEGAL_FORMS = Map.of("(株)", "株式会社", "(有)", "有限会社", "(福)",
			"社会福祉法人", "(特非)", "特定非営利活動法人", "(一社)", "一般社団法人", "(公社)", "公益社団法人", "(医)", "医療法人");

	private Notation() {
	}

	/** The form names are compared in: NFKC, no spaces, 々 written out, kana as hiragana, ヶ/ケ as け, legal forms whole. */
	public static String key(String text) {
		return smallKana(TO_HIRAGANA.get().transliterate(written(text))).toLowerCase(java.util.Locale.ROOT);
	}

	/** As written, with width, spaces, 々 and legal forms as in {@link #key}, kana and kanji untouched. */
	static String written(String text) {
		String normal = withoutIterationMarks(NFKC.normalize(text)).replaceAll("\\s+", "");
		for (Map.Entry<String, String> form : LEGAL_FORMS.entrySet()) {
			normal = normal.replace(form.getKey(), form.getValue());
		}
		return normal;
	}

	/**
	 * The forms of one word a search tries: as written (NFKC), in hiragana (readings are stored in hiragana), in
	 * katakana, and with ヶ and ケ for each other; 々 written out too.
	 */
	public static Set<String> variants(String word) {
		String normal = NFKC.normalize(word);
		Set<String> forms = new LinkedHashSet<>();
		for (String base : new LinkedHashSet<>(java.util.List.of(normal, withoutIterationMarks(normal)))) {
			forms.add(base);
			forms.add(smallKana(TO_HIRAGANA.get().transliterate(base)));
			forms.add(TO_KATAKANA.get().transliterate(base));
			forms.add(base.replace('ヶ', 'ケ'));
			forms.add(base.replace('ケ', 'ヶ'));
		}
		return forms;
	}

	/** ゖ and ゕ (the small kana ヶ and ヵ become in hiragana) read as け and か in names. */
	private static String smallKana(String text) {
		return text.replace('ゖ', 'け').replace('ゕ', 'か').replace('ヶ', 'け').replace('ヵ', 'か');
	}

	/** 佐々木 as 佐佐木: the iteration mark repeats the character before it. */
	static String withoutIterationMarks(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c == '々' && !out.isEmpty() ? out.charAt(out.length() - 1) : c);
		}
		return out.toString();
	}
}
