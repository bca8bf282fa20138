package jp.tsunagu.analytics;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdMentionsTests {

	private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

	private static final Map<String, String> REPLACEMENTS = Map.of("hh-282189-0001", "P-1", ID, "P-1", "abc", "P-2");

	@Test
	void findsIdsAndCodesInsideHyphenatedAndMixedCaseText() {
		Set<String> candidates = new HashSet<>();
		HouseholdMentions.candidates(List.of(Map.of("k", "3-HH-282189-0001 x"), "id:" + ID), candidates);
		assertThat(candidates).contains("HH-282189-0001", "hh-282189-0001", ID).doesNotContain("x");
	}

	@Test
	void replacesWholePiecesOnlyLongestFirst() {
		assertThat(HouseholdMentions.replaceIn("x hh-282189-0001, 3-HH-282189-0001-b", REPLACEMENTS))
			.isEqualTo("x P-1, 3-P-1-b");
		assertThat(HouseholdMentions.replaceIn("id " + ID.toUpperCase() + " abcd abc-1", REPLACEMENTS))
			.isEqualTo("id P-1 abcd P-2-1");
		assertThat(HouseholdMentions.replace(List.of(Map.of("code", "ABC"), 3), REPLACEMENTS))
			.isEqualTo(List.of(Map.of("code", "P-2"), 3));
	}
}
