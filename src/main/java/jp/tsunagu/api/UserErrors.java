package jp.tsunagu.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every problem with an input before anything is written, so a caller can fix them all at once. */
public final class UserErrors {

	private final List<UserError> errors = new ArrayList<>();

	public UserErrors add(String field, String message) {
		errors.add(UserError.of(field, message));
		return this;
	}

	/** A problem written in both languages: the payload gives it in the caller's language. */
	public UserErrors add(String field, String japanese, String english) {
		errors.add(UserError.of(field, japanese, english));
		return this;
	}

	public UserErrors add(String field, Bilingual message) {
		return add(field, message.japanese(), message.english());
	}

	public UserErrors addAll(Collection<UserError> more) {
		errors.addAll(more);
		return this;
	}

	public UserErrors required(String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			add(field, "is required");
		}
		return this;
	}

	/**
	 * Refuses text that {@link TextInput#refusal} refuses, and a name that holds nothing visible (only format
	 * characters or spaces) where it was given.
	 */
	public UserErrors cleanText(String field, String raw, boolean multiLine) {
		Bilingual refusal = TextInput.refusal(raw, multiLine);
		if (refusal != null) {
			add(field, refusal);
		}
		else if (raw != null && !raw.isBlank() && (multiLine ? TextInput.text(raw) : TextInput.name(raw)).isEmpty()) {
			add(field, "見える文字を入力してください", "must contain visible characters, not only spaces or invisible ones");
		}
		return this;
	}

	public UserErrors maxLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			add(field, "must be at most " + max + " characters, was " + value.length());
		}
		return this;
	}

	public UserErrors matches(String field, String value, Pattern pattern, String expectation) {
		if (value != null && !pattern.matcher(value).matches()) {
			add(field, expectation + ", was \"" + value + "\"");
		}
		return this;
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public List<UserError> list() {
		return List.copyOf(errors);
	}
}
