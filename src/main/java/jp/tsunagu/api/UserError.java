package jp.tsunagu.api;

import java.util.List;

/**
 * A problem with a mutation's input, returned in the payload rather than thrown.
 *
 * @param field path to the offending input field, e.g. ["input", "locationCode"]
 * @param message what is wrong, in words a person can act on
 */
public record UserError(List<String> field, String message) {

	public static UserError of(String inputField, String message) {
		return new UserError(List.of("input", inputField), message);
	}
}
