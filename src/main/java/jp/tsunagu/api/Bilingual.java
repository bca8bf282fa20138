package jp.tsunagu.api;

/** One message written in Japanese and in English, each a whole sentence of its own, for the caller to read one. */
public record Bilingual(String japanese, String english) {

	/** The message in the language. */
	public String in(Language language) {
		return language.pick(japanese, english);
	}
}
