package jp.tsunagu.api;

import java.util.List;

/**
 * A problem with a mutation's input, returned in the payload rather than thrown.
 *
 * @param field path to the offending input field, e.g. ["input", "locationCode"]
 * @param message what is wrong, in words a person can act on
 * @param messageJa the message in Japanese, where it is written in both languages (else null)
 * @param messageEn the message in English, where it is written in both languages (else null)
 */
public record UserError(List<String> field, String message, String messageJa, String messageEn) {

	public UserError(List<String> field, String message) {
		this(field, message, null, null);
	}

	public static UserError of(String inputField, String message) {
		return new UserError(List.of("input", inputField), message);
	}

	/** An error written in both languages: {@code message} is the caller's language, both stay readable. */
	public static UserError of(String inputField, String japanese, String english) {
		return at(List.of("input", inputField), japanese, english);
	}

	/** An error at a path deeper than one input field, e.g. ["input", "phones", "0", "number"], in both languages. */
	public static UserError at(List<String> path, String japanese, String english) {
		return new UserError(List.copyOf(path), japanese + " / " + english, japanese, english);
	}

	/** The message as the caller reads it. */
	String message(Language language) {
		return messageJa == null ? message : language.pick(messageJa, messageEn);
	}
}
