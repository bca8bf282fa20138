package jp.tsunagu.organization;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorporateNumberTests {

	@ParameterizedTest
	@CsvSource({ "7000012050002, true", // 国税庁, the published example
			"2000012010019, true",
			"1000012050002, false", "700001205000, false", "70000120500021, false", "700001205000x, false" })
	void validatesTheLeadingCheckDigit(String number, boolean valid) {
		assertThat(CorporateNumber.problem(number).isEmpty()).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "000012050002, 7", "000012010019, 2" })
	void computesTheCheckDigitOfTheBaseNumber(String base, int checkDigit) {
		assertThat(CorporateNumber.checkDigit(base)).isEqualTo(checkDigit);
	}
}
