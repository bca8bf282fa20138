package jp.tsunagu.mapping;

import jp.tsunagu.api.InvalidArgumentException;

/** The stated limits of the mapping queries' arguments. */
final class Bounds {

	private Bounds() {
	}

	/** The argument, or its default when not given; BAD_REQUEST naming it when outside 1..max. */
	static int within(String argument, Integer value, int defaultValue, int max) {
		int checked = value == null ? defaultValue : value;
		if (checked < 1 || checked > max) {
			throw new InvalidArgumentException(argument, "must be between 1 and " + max + ", was " + checked);
		}
		return checked;
	}
}
