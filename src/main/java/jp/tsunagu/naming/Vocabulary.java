package jp.tsunagu.naming;

/**
 * The taxonomies whose terms the API takes by code and, through {@link JapaneseArguments}, by their Japanese or
 * English label as well: each with the statement that reads its terms and the word for it in both languages.
 */
enum Vocabulary {

	NEED("MATCH (n:Need) RETURN n.code AS code, n.labelJa AS labelJa, n.labelEn AS labelEn", "課題（ニーズ）", "need"),

	FIELD("MATCH (n:Field) RETURN n.code AS code, n.labelJa AS labelJa, n.labelEn AS labelEn", "分野", "field"),

	ISOLATION("MATCH (n:IsolationKind) RETURN n.code AS code, n.labelJa AS labelJa, n.labelEn AS labelEn",
			"孤立の種類", "kind of isolation");

	final String terms;

	final String wordJa;

	final String wordEn;

	Vocabulary(String terms, String wordJa, String wordEn) {
		this.terms = terms;
		this.wordJa = wordJa;
		this.wordEn = wordEn;
	}
}
