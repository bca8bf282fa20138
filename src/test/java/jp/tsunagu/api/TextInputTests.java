package jp.tsunagu.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextInputTests {

	@Test
	void namesLoseInvisibleFormatCharactersAndTakeTheirUsualForms() {
		assertThat(TextInput.name("小野市社会福祉協議会\u200B")).isEqualTo("小野市社会福祉協議会");
		assertThat(TextInput.name("\uFEFF小野市\u202E社会福祉協議会")).isEqualTo("小野市社会福祉協議会");
		assertThat(TextInput.name("ＮＰＯ法人　ひまわり１２３")).isEqualTo("NPO法人 ひまわり123");
		assertThat(TextInput.name("ｻﾎﾟｰﾄｾﾝﾀｰ")).isEqualTo("サポートセンター");
		assertThat(TextInput.name("  こども   食堂 \n ")).isEqualTo("こども 食堂");
		assertThat(TextInput.name("\u200B\u200B\u2060")).isEmpty();
		assertThat(TextInput.name(null)).isNull();
	}

	@Test
	void longerTextKeepsItsLinesAndCharacters() {
		assertThat(TextInput.text(" 一行目\n２行目\u200B ")).isEqualTo("一行目\n２行目");
	}

	@Test
	void controlCharactersNonCharactersAndLoneSurrogatesAreRefusedByName() {
		Bilingual nul = TextInput.refusal("会\u0000", false);
		assertThat(nul.english()).contains("control characters", "U+0000", "position 2").doesNotContain("制御文字");
		assertThat(nul.japanese()).contains("制御文字", "2文字目", "U+0000").doesNotContain("control");
		assertThat(TextInput.refusal("\u001B[31m赤\u001B[0m", false).english()).contains("U+001B", "position 1");
		assertThat(TextInput.refusal("会\uFFFF", false).english()).contains("non-characters", "U+FFFF");
		assertThat(TextInput.refusal("会\uFDD0", false).english()).contains("non-characters");
		assertThat(TextInput.refusal("会" + new String(Character.toChars(0x1FFFE)), false).english()).contains("U+1FFFE");
		assertThat(TextInput.refusal("会\uD800", false).english()).contains("surrogate");
		assertThat(TextInput.refusal("会\uD800", false).japanese()).contains("壊れた文字", "U+D800");
		assertThat(TextInput.refusal("一行目\n二行目\t", false).english()).contains("U+000A");
		assertThat(TextInput.refusal("一行目\r\n二行目\t", true)).isNull();
		assertThat(TextInput.refusal("𠮷野家 👨‍👩‍👧 葛\uDB40\uDD00", false)).isNull();
	}

	@Test
	void aNameOfOnlyInvisibleCharactersIsAnErrorNamingTheField() {
		assertThat(new UserErrors().cleanText("name", "\u200B\u200B", false).list())
			.extracting(UserError::field, error -> error.message(Language.JA), error -> error.message(Language.EN))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(java.util.List.of("input", "name"), "見える文字を入力してください",
					"must contain visible characters, not only spaces or invisible ones"));
		assertThat(new UserErrors().cleanText("name", "小野市社会福祉協議会\u200B", false).isEmpty()).isTrue();
	}
}
