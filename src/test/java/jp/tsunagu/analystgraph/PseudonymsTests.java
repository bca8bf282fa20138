package jp.tsunagu.analystgraph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymsTests {

	private static final String KEY = "c2VjcmV0LWtleS1mb3ItbG9uZ2l0dWRpbmFsLXdvcmstMzI=";

	@Test
	void aFixedKeyGivesTheSamePseudonymsAndNoKeyNewOnes() {
		String id = "a4eb4aae-a8ea-41db-b580-64b0e8de91c9";
		assertThat(Pseudonyms.factory(KEY).next().household(id)).isEqualTo(Pseudonyms.factory(KEY).next().household(id))
			.matches("H-[a-z2-7]{13}");
		Pseudonyms.Factory random = Pseudonyms.factory("");
		assertThat(random.next().household(id)).isNotEqualTo(random.next().household(id));
		Pseudonyms keyed = Pseudonyms.factory(KEY).next();
		assertThat(keyed.person(id)).startsWith("S-").isNotEqualTo(keyed.household(id).replace("H-", "S-"));
	}

	@Test
	void aShortOrMalformedKeyIsRefused() {
		assertThatThrownBy(() -> Pseudonyms.factory("c2hvcnQ=")).hasMessageContaining("at least 32 bytes");
		assertThatThrownBy(() -> Pseudonyms.factory("not base64!")).hasMessageContaining("base64");
	}
}
