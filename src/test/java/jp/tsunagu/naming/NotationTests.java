package jp.tsunagu.naming;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotationTests {

	@Test
	void widthKanaAndSmallKeAreOneKey() {
		assertThat(Notation.key("ｵﾉｼ")).isEqualTo(Notation.key("おのし")).isEqualTo(Notation.key("オノシ"));
		assertThat(Notation.key("鶴ケ島市")).isEqualTo(Notation.key("鶴ヶ島市")).isEqualTo(Notation.key("鶴ｹ島市"));
		assertThat(Notation.key("兵庫県　小野市")).isEqualTo(Notation.key("兵庫県小野市"));
		assertThat(Notation.key("ＦＯＯＤ")).isEqualTo(Notation.key("food"));
	}

	@Test
	void iterationMarksAndLegalFormsAreWrittenOut() {
		assertThat(Notation.key("佐々木")).isEqualTo(Notation.key("佐佐木"));
		assertThat(Notation.key("㈱つなぐ")).isEqualTo(Notation.key("株式会社つなぐ")).isEqualTo(Notation.key("(株)つなぐ"));
		assertThat(Notation.key("（福）小野福祉会")).isEqualTo(Notation.key("社会福祉法人小野福祉会"));
	}

	@Test
	void compatibilityIdeographsFoldToTheirUnifiedForm() {
		// U+FA19 (神, a CJK compatibility ideograph) is 神 (U+795E) under NFKC
		assertThat(Notation.key("\uFA19戸")).isEqualTo(Notation.key("神戸"));
	}

	@Test
	void aSearchWordIsTriedInHiraganaKatakanaAndBothKe() {
		assertThat(Notation.variants("ｵﾉ")).contains("オノ", "おの");
		assertThat(Notation.variants("はろーわーく")).contains("ハローワーク");
		assertThat(Notation.variants("霞ヶ浦")).contains("霞ヶ浦", "霞ケ浦");
		assertThat(Notation.variants("佐々木")).contains("佐々木", "佐佐木");
		assertThat(Notation.variants("小野市")).containsExactly("小野市");
	}

	@Test
	void differentNamesStayApart() {
		assertThat(Notation.key("小野市")).isNotEqualTo(Notation.key("小野町"));
		assertThat(Notation.key("おの")).isNotEqualTo(Notation.key("おのし"));
	}
}
