package jp.tsunagu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectoryRulesTests {

	@Test
	void postalCodesAreSevenDigitsWrittenAsJapanWritesThem() {
		assertThat(DirectoryRules.postalCode("675-1372")).contains("675-1372");
		assertThat(DirectoryRules.postalCode("6751372")).contains("675-1372");
		assertThat(DirectoryRules.postalCode("〒６７５ー１３７２")).contains("675-1372");
		assertThat(DirectoryRules.postalCode("67-51372")).isEmpty();
		assertThat(DirectoryRules.postalCode("675-137")).isEmpty();
	}

	@Test
	void phoneNumbersHaveTenOrElevenDigitsFromTheAreaCode() {
		assertThat(DirectoryRules.phoneProblem("0794-63-0001")).isEmpty();
		assertThat(DirectoryRules.phoneProblem("０７９４－６３－０００１")).isEmpty();
		assertThat(DirectoryRules.phoneProblem("090-1234-5678")).isEmpty();
		assertThat(DirectoryRules.phoneProblem("0120-123-456")).isEmpty();
		assertThat(DirectoryRules.phoneProblem("+81 794 63 0001")).isEmpty();
		assertThat(DirectoryRules.phoneProblem("(0797)77-2011")).isEmpty();
		assertThat(DirectoryRules.phoneProblem("63-0001")).isPresent();
		assertThat(DirectoryRules.phoneProblem("0794-63-0001 内線2")).isPresent();
		assertThat(DirectoryRules.phoneProblem("1794630001").orElseThrow().japanese()).contains("電話番号")
			.doesNotContain("phone number");
		assertThat(DirectoryRules.phoneProblem("1794630001").orElseThrow().english()).contains("phone number", "1794630001");
	}

	@Test
	void urlsEmailsTimesDaysAndLanguages() {
		assertThat(DirectoryRules.urlProblem("https://www.city.ono.hyogo.jp/")).isEmpty();
		assertThat(DirectoryRules.urlProblem("ftp://example.jp")).isPresent();
		assertThat(DirectoryRules.urlProblem("www.example.jp")).isPresent();
		assertThat(DirectoryRules.emailProblem("info@example.jp")).isEmpty();
		assertThat(DirectoryRules.emailProblem("info@localhost")).isPresent();
		assertThat(DirectoryRules.timeProblem("09:00")).isEmpty();
		assertThat(DirectoryRules.timeProblem("9:00")).isPresent();
		assertThat(DirectoryRules.timeProblem("24:00")).isPresent();
		assertThat(DirectoryRules.dayProblem("SU")).isEmpty();
		assertThat(DirectoryRules.dayProblem("SUN")).isPresent();
		assertThat(DirectoryRules.languageProblem("pt-BR")).isEmpty();
		assertThat(DirectoryRules.languageProblem("Japanese")).isPresent();
		assertThat(DirectoryRules.currencyProblem("JPY")).isEmpty();
		assertThat(DirectoryRules.currencyProblem("円")).isPresent();
	}

	@Test
	void hsdsFieldNamesAreStoredInCamelCase() {
		assertThat(HsdsEntity.property("address_1")).isEqualTo("address1");
		assertThat(HsdsEntity.property("opens_at")).isEqualTo("opensAt");
		assertThat(HsdsEntity.property("state_province")).isEqualTo("stateProvince");
	}

	@Test
	void corporateNumbersAreCheckedByTheirLeadingCheckDigit() {
		// 国税庁's own example: 法人番号 7000012050002 (国税庁)
		assertThat(HsdsImport.isCorporateNumber("7000012050002")).isTrue();
		assertThat(HsdsImport.isCorporateNumber("8000012050002")).isFalse();
		assertThat(HsdsImport.isCorporateNumber("700001205000")).isFalse();
	}
}
