package jp.tsunagu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportNamesTests {

	@Test
	void legalFormsWidthsSpacesAndSmallKeAreAlike() {
		assertThat(ImportNames.name("（福）きすみ野 福祉会")).isEqualTo(ImportNames.name("社会福祉法人きすみ野福祉会"));
		assertThat(ImportNames.name("㈱ おのケア")).isEqualTo(ImportNames.name("株式会社おのケア"));
		assertThat(ImportNames.name("(株)ＯＮＯケア")).isEqualTo(ImportNames.name("株式会社onoケア"));
		assertThat(ImportNames.name("緑ヶ丘会")).isEqualTo(ImportNames.name("緑ケ丘会"));
		assertThat(ImportNames.name("社会福祉法人あ会")).isNotEqualTo(ImportNames.name("社会福祉法人い会"));
	}

	@Test
	void addressesAgreeWhateverTheDashesAndWidths() {
		assertThat(ImportNames.address("小野市王子町８００－１")).isEqualTo(ImportNames.address("小野市王子町800-1"));
		assertThat(ImportNames.address("小野市王子町800‐1")).isEqualTo(ImportNames.address("小野市 王子町 800-1"));
		assertThat(ImportNames.address("小野市王子町800-1")).isNotEqualTo(ImportNames.address("小野市王子町800-2"));
	}
}
