package jp.tsunagu.organization;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 13-digit 法人番号: a leading check digit over the 12-digit base number,
 * {@code 9 - (Σ Pn·Qn mod 9)} with Pn the n-th digit from the right and Qn 1 for odd n, 2 for even n.
 */
public final class CorporateNumber {

	private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");

	private CorporateNumber() {
	}

	static Optional<String> problem(String number) {
		if (!THIRTEEN_DIGITS.matcher(number).matches()) {
			return Optional.of("must be 13 digits (法人番号), was \"" + number + "\"");
		}
		int expected = checkDigit(number.substring(1));
		int actual = number.charAt(0) - '0';
		if (expected != actual) {
			return Optional.of("check digit of " + number + " should be " + expected + ", was " + actual);
		}
		return Optional.empty();
	}

	/** The leading check digit of a 13-digit number, for its 12-digit base. */
	public static int checkDigit(String base) {
		int sum = 0;
		for (int n = 1; n <= 12; n++) {
			int digit = base.charAt(12 - n) - '0';
			sum += digit * (n % 2 == 1 ? 1 : 2);
		}
		return 9 - sum % 9;
	}
}
