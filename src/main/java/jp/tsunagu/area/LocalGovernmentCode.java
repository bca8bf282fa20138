package jp.tsunagu.area;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 6-digit 全国地方公共団体コード: five digits and a check digit,
 * {@code d6 = (11 - (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11) mod 10}.
 */
public final class LocalGovernmentCode {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	private LocalGovernmentCode() {
	}

	/** Why the code is not valid, or empty when it is. */
	public static Optional<String> problem(String code) {
		if (code == null || !SIX_DIGITS.matcher(code).matches()) {
			return Optional.of("must be 6 digits (全国地方公共団体コード), was \"" + code + "\"");
		}
		int expected = checkDigit(code);
		int actual = code.charAt(5) - '0';
		if (expected != actual) {
			return Optional.of("check digit of " + code + " should be " + expected + ", was " + actual);
		}
		return Optional.empty();
	}

	public static boolean isValid(String code) {
		return problem(code).isEmpty();
	}

	/** The check digit (6th digit) for the first five digits of a code. */
	public static int checkDigit(String code) {
		int sum = 0;
		for (int i = 0; i < 5; i++) {
			sum += (6 - i) * (code.charAt(i) - '0');
		}
		return (11 - sum % 11) % 10;
	}
}
