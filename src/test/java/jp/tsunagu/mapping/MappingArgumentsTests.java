package jp.tsunagu.mapping;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jp.tsunagu.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tie rules and the map cursor, without a database. */
class MappingArgumentsTests {

	@Test
	void theDirectoryTiesAreTheDefaultWithTheProviderTieWhenServicesAreInvolved() {
		assertThat(TieRules.kinds(null, false)).containsExactlyInAnyOrder("MEMBER_OF", "COLLABORATES_WITH",
				"OPERATES", "WORKS_FOR", "BELONGS_TO", "RUNS", "SUBCOMMITTEE_OF");
		assertThat(TieRules.kinds(null, true)).contains("PROVIDES").hasSize(8);
		assertThat(TieRules.kinds(List.of(TieKind.SERVES, TieKind.SERVES, TieKind.PART_OF), true))
			.containsExactlyInAnyOrder("SERVES", "PART_OF");
	}

	@Test
	void householdTiesAndAnEmptyChoiceAreRefusedNamingKinds() {
		assertThatThrownBy(() -> TieRules.kinds(List.of(TieKind.MEMBER_OF, TieKind.LIVES_IN, TieKind.SUPPORTS), false))
			.isInstanceOfSatisfying(InvalidArgumentException.class,
					ex -> assertThat(ex.argument()).isEqualTo("kinds"))
			.hasMessage("kinds: ties to households (LIVES_IN, SUPPORTS) are never on a map or a path");
		assertThatThrownBy(() -> TieRules.kinds(List.of(), false)).isInstanceOf(InvalidArgumentException.class);
	}

	@Test
	void noStatementCanExpandAHouseholdTie() {
		assertThat(TieRules.TYPES.split("\\|")).doesNotContain("SUPPORTS", "LIVES_IN", "RECORD_HELD_BY")
			.contains("MEMBER_OF", "LOCATED_IN", "PROVIDES");
	}

	@Test
	void aCursorComesBackAsItWasAndAnythingElseIsABadArgument() {
		MapCursor cursor = new MapCursor(23, "66e98576-95ec-4a93-a151-49368581023f");

		assertThat(MapCursor.decode(cursor.encode())).isEqualTo(cursor);
		assertThat(MapCursor.decode(null)).isNull();
		for (String garbage : List.of("%%%", encode("no separator"), encode("x\u001fid"))) {
			assertThatThrownBy(() -> MapCursor.decode(garbage)).isInstanceOfSatisfying(InvalidArgumentException.class,
					ex -> assertThat(ex.argument()).isEqualTo("after"));
		}
	}

	@Test
	void eachMaxLengthHasAStatementWhoseSearchStopsThereAndTakesAtMostTheCapOfPaths() {
		for (int length = 1; length <= ConnectionPathQueries.MAX_LENGTH; length++) {
			assertThat(ConnectionPathQueries.cypher(length)).contains("){0," + length + "}(b)")
				.contains("LIMIT " + ConnectionPathQueries.MAX_PATHS_EXAMINED)
				.doesNotContain("$maxLength");
		}
	}

	@Test
	void aMapCapBelowOneIsRefusedAtStartUp() {
		assertThat(new MappingProperties(20_000).maxMapNodes()).isEqualTo(20_000);
		assertThatThrownBy(() -> new MappingProperties(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("tsunagu.mapping.max-map-nodes");
	}

	private static String encode(String text) {
		return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}
}
