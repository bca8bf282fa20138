package jp.tsunagu.area;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LocalGovernmentCodeTests {

	static final Path SHARED_DATA = Path.of("..", "shared", "data");

	@ParameterizedTest
	@CsvSource({ "282189, true", // 小野市
			"402257, true", // うきは市
			"131016, true", // 千代田区
			"011002, true", // 札幌市
			"282188, false", "28213, false", "2821380, false", "28213a, false" })
	void validatesTheCheckDigit(String code, boolean valid) {
		assertThat(LocalGovernmentCode.isValid(code)).isEqualTo(valid);
	}

	@Test
	void explainsAWrongCheckDigit() {
		assertThat(LocalGovernmentCode.problem("282188")).hasValue("check digit of 282188 should be 9, was 8");
		assertThat(LocalGovernmentCode.problem("abc")).get().asString().contains("must be 6 digits");
	}

	@Test
	void everyCodeOfTheNationalListIsValid() throws IOException {
		Path file = SHARED_DATA.resolve("municipalities.csv");
		assumeTrue(Files.exists(file), "shared reference data not present");
		List<String> codes = Files.readAllLines(file).stream().skip(1).map(line -> line.substring(0, 6)).toList();
		assertThat(codes).hasSize(1916).allMatch(LocalGovernmentCode::isValid);
	}
}
