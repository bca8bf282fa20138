package jp.tsunagu.naming;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingTests {

	@Test
	void kanaAndKanjiSpellingsOfOneWordReadAlike() {
		assertThat(Reading.key("子供食堂")).isEqualTo("こどもしょくどう")
			.isEqualTo(Reading.key("こども食堂"))
			.isEqualTo(Reading.key("子ども食堂"))
			.isEqualTo(Reading.key("コドモ食堂"));
	}

	@Test
	void namesWrittenWithKanaForKanjiAreOneName() {
		assertThat(Reading.sameName("子供食堂ひだまり", "こども食堂ひだまり")).isTrue();
		assertThat(Reading.sameName("NPO法人吹田子ども食堂ネットワーク", "NPO法人吹田こども食堂ネットワーク")).isTrue();
		assertThat(Reading.sameName("（福）つなぐ子供会", "社会福祉法人つなぐこども会")).isTrue();
	}

	@Test
	void homophonesInDifferentKanjiStayTwoNames() {
		assertThat(Reading.key("市立病院")).isEqualTo(Reading.key("私立病院"));
		assertThat(Reading.sameName("市立病院", "私立病院")).isFalse();
		assertThat(Reading.sameName("子供食堂", "子供食道")).isFalse();
		assertThat(Reading.sameName("小野市社会福祉協議会", "大野市社会福祉協議会")).isFalse();
	}

	@Test
	void aSearchTriesTheReadingOfCommonWordsOnly() {
		assertThat(Reading.searchKey("子供食堂")).isEqualTo("こどもしょくどう");
		assertThat(Reading.searchKey("子供")).isEqualTo("こども");
		// a place or a family name is not sought by its reading: 小野 as おの would find 大野 (おおの)
		assertThat(Reading.searchKey("小野")).isNull();
		// a word that reads as it is written adds nothing
		assertThat(Reading.searchKey("こども")).isNull();
		assertThat(Reading.searchKey("ネットワーク")).isNull();
	}

	@Test
	void writingsTheDictionaryMisreadsReadAsTheWordTheyWrite() {
		assertThat(Reading.key("障がい者相談支援センター")).isEqualTo(Reading.key("障害者相談支援センター"))
			.startsWith("しょうがいしゃ");
		assertThat(Reading.key("ひきこもり支援")).isEqualTo(Reading.key("引き籠もり支援"))
			.isEqualTo(Reading.key("引きこもり支援"));
		assertThat(Reading.sameName("つなぐ障がい者相談室", "つなぐ障害者相談室")).isTrue();
		assertThat(Reading.searchKey("障がい")).isEqualTo("しょうがい");
		assertThat(Reading.searchKey("障害")).isEqualTo("しょうがい");
	}
}
