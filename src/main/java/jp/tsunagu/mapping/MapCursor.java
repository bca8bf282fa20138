package jp.tsunagu.mapping;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jp.tsunagu.api.InvalidArgumentException;

/** Where a page of a network map ends: the last node's degree and id, the keys the map is sorted by. */
record MapCursor(int degree, String id) {

	private static final String SEPARATOR = "\u001f";

	String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((degree + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor a previous page returned as {@code endCursor}; null for the first page. */
	static MapCursor decode(String after) {
		if (after == null || after.isEmpty()) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			int split = decoded.indexOf(SEPARATOR);
			return new MapCursor(Integer.parseInt(decoded.substring(0, split)), decoded.substring(split + 1));
		}
		catch (IllegalArgumentException | StringIndexOutOfBoundsException ex) {
			throw new InvalidArgumentException("after", "is not a cursor this map returned");
		}
	}
}
