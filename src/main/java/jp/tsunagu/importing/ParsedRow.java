package jp.tsunagu.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One data row as the template's keys and checked values, with its natural key, area and problems. */
final class ParsedRow {

	final int number;

	final Map<String, Object> values = new HashMap<>();

	final List<RowError> errors = new ArrayList<>();

	/** The natural key within its kind, e.g. {@code cn:8000000000001} or {@code nk:<normalised name>|282189}. */
	String key;

	/** The area code the row is about, which a coordinator's scope must hold. */
	String areaCode;

	ParsedRow(int number) {
		this.number = number;
	}

	String text(String key) {
		Object value = values.get(key);
		return value == null ? null : value.toString();
	}

	void error(String column, String reasonJa, String reasonEn) {
		errors.add(new RowError(number, column, reasonJa, reasonEn));
	}

	boolean ok() {
		return errors.isEmpty();
	}
}
