package jp.tsunagu.importing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import jp.tsunagu.api.Bilingual;
import jp.tsunagu.api.Language;

/**
 * A row that looks like entities already in the hub. {@code suggested} is what a confirm without a decision for the
 * row does: MERGE for the same natural key (法人番号); none (a decision is required) for a match by name and address.
 */
public record Duplicate(int row, String name, List<Candidate> candidates, Decision suggested) {

	/**
	 * An entity the row looks like, and why, in Japanese and English. A kept report that holds the reason in one
	 * text ({@code why}) reads it into {@code whyJa}, with no {@code whyEn}.
	 */
	public record Candidate(String id, String name, @JsonAlias("why") String whyJa, String whyEn) {

		static Candidate of(String id, String name, Bilingual why) {
			return new Candidate(id, name, why.japanese(), why.english());
		}

		/** Why, in the language. */
		String why(Language language) {
			return whyEn == null ? whyJa : language.pick(whyJa, whyEn);
		}
	}
}
