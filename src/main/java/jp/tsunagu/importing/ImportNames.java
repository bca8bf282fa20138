package jp.tsunagu.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of a name or an address, for natural keys and duplicate candidates: NFKC (全角/半角 and ㈱),
 * abbreviated legal forms written out ((株) → 株式会社, (福) → 社会福祉法人 …), no spaces, ヶ/ケ and ヵ/カ alike,
 * dashes alike, Latin letters in lower case.
 */
public final class ImportNames {

	private static final String[][] LEGAL_FORMS = { { "(株)", "株式会社" }, { "(有)", "有限会社" }, { "(福)", "社会福祉法人" },
			{ "(社福)", "社会福祉法人" }, { "(特非)", "特定非営利活動法人" }, { "(一社)", "一般社団法人" }, { "(公社)", "公益社団法人" },
			{ "(一財)", "一般財団法人" }, { "(公財)", "公益財団法人" }, { "(医)", "医療法人" }, { "(社)", "社団法人" },
			{ "(財)", "財団法人" }, { "(合)", "合同会社" } };

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−ｰー－]");

	private ImportNames() {
	}

	public static String name(String text) {
		if (text == null) {
			return "";
		}
		String normal = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
		for (String[] form : LEGAL_FORMS) {
			normal = normal.replace(form[0], form[1]);
		}
		return normal.replace('ヶ', 'ケ').replace('ヵ', 'カ').toLowerCase(Locale.ROOT);
	}

	/** As {@link #name}, with every kind of dash read as one, since addresses write 1-2-3 in many ways. */
	public static String address(String text) {
		return DASHES.matcher(name(text)).replaceAll("-");
	}
}
