package jp.tsunagu.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tsunagu.api.Bilingual;

/**
 * The checks of a directory entry's values, each giving why a value is refused, in Japanese and English. Values are
 * read as people type them in Japan: full-width digits and hyphens (０７９４－６３, ー) count as half-width.
 */
final class DirectoryRules {

	private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3}-?\\d{4}");

	/** 0 and 9 or 10 more digits (fixed lines, mobiles, 0120), or +81 and the number without its 0. */
	private static final Pattern PHONE = Pattern.compile("(0\\d{9,10}|\\+81\\d{9,10})");

	private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+\\d\\-() ]+");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	static final Set<String> PHONE_TYPES = Set.of("voice", "fax", "text", "cell", "video", "pager", "textphone");

	private DirectoryRules() {
	}

	/** Full-width digits, letters and hyphens as half-width, long-vowel marks and dashes as hyphens. */
	static String halfWidth(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[ー－―‐−–—]", "-").strip();
	}

	/** The postal code as 123-4567, or empty when it is none. */
	static Optional<String> postalCode(String value) {
		String normalized = halfWidth(value).replace("〒", "").strip();
		if (!POSTAL_CODE.matcher(normalized).matches()) {
			return Optional.empty();
		}
		String digits = normalized.replace("-", "");
		return Optional.of(digits.substring(0, 3) + "-" + digits.substring(3));
	}

	static Bilingual postalCodeProblem(String value) {
		return new Bilingual("郵便番号は 123-4567 の形式で入力してください", "a postal code is 7 digits, 123-4567, was \"" + value + "\"");
	}

	/** Why the number is no Japanese phone number, or empty when it is one. */
	static Optional<Bilingual> phoneProblem(String value) {
		String normalized = halfWidth(value);
		String digits = normalized.replaceAll("[\\-() ]", "");
		if (PHONE_CHARACTERS.matcher(normalized).matches() && PHONE.matcher(digits).matches()) {
			return Optional.empty();
		}
		return Optional.of(new Bilingual("電話番号は 0794-63-0001 のように市外局番から10桁か11桁で入力してください", "a phone number has 10 or 11"
				+ " digits from its area code (0794-63-0001) or starts with +81, was \"" + value + "\""));
	}

	static String phone(String value) {
		return halfWidth(value);
	}

	static Optional<Bilingual> emailProblem(String value) {
		return EMAIL.matcher(value.strip()).matches() ? Optional.empty()
				: Optional.of(new Bilingual("メールアドレスの形式ではありません", "not an e-mail address, was \"" + value + "\""));
	}

	static Optional<Bilingual> urlProblem(String value) {
		try {
			URI uri = new URI(value.strip());
			if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
				return Optional.empty();
			}
		}
		catch (URISyntaxException ex) {
			// refused below
		}
		return Optional.of(new Bilingual("http:// か https:// で始まるURLを入力してください", "must be an http or https URL, was \"" + value + "\""));
	}

	static Optional<Bilingual> timeProblem(String value) {
		return TIME.matcher(value).matches() ? Optional.empty()
				: Optional.of(new Bilingual("時刻は 09:00 の形式で入力してください", "a time is HH:MM, 24-hour, was \"" + value + "\""));
	}

	static Optional<Bilingual> dayProblem(String value) {
		return DAYS.contains(value) ? Optional.empty()
				: Optional.of(new Bilingual("曜日は MO TU WE TH FR SA SU のいずれかです", "a day is one of MO TU WE TH FR SA SU, was \""
						+ value + "\""));
	}

	static Optional<Bilingual> languageProblem(String value) {
		return LANGUAGE.matcher(value).matches() ? Optional.empty()
				: Optional.of(new Bilingual("言語は ja, en, vi, pt-BR のような言語コードで入力してください", "a language is a BCP 47 code"
						+ " such as ja, en, vi or pt-BR, was \"" + value + "\""));
	}

	static Optional<Bilingual> currencyProblem(String value) {
		return CURRENCY.matcher(value).matches() ? Optional.empty()
				: Optional.of(new Bilingual("通貨は JPY のような3文字のコードです", "a currency is a 3-letter ISO 4217 code such as JPY, was \""
						+ value + "\""));
	}

	static Optional<Bilingual> phoneTypeProblem(String value) {
		return PHONE_TYPES.contains(value) ? Optional.empty()
				: Optional.of(new Bilingual("種類は voice, fax, text, cell, video, pager, textphone のいずれかです", "a phone type is one of"
						+ " voice, fax, text, cell, video, pager, textphone, was \"" + value + "\""));
	}
}
