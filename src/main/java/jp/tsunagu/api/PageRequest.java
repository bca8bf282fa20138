package jp.tsunagu.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset pagination over a list sorted by (sort key, id). The cursor is the last row's key and
 * id, so pages stay stable while rows are added elsewhere in the list.
 *
 * @param first how many rows to return (1..{@value #MAX_PAGE_SIZE})
 * @param afterKey sort key of the row after which to start, or null for the first page
 * @param afterId id of that row, or null for the first page
 */
public record PageRequest(int first, String afterKey, String afterId) {

	public static final int MAX_PAGE_SIZE = 100;

	private static final String SEPARATOR = "\u001f";

	public static PageRequest of(Integer first, String after) {
		int size = first == null ? 20 : first;
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidArgumentException("first", "must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
		}
		if (after == null || after.isEmpty()) {
			return new PageRequest(size, null, null);
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			int split = decoded.lastIndexOf(SEPARATOR);
			if (split < 0) {
				throw new IllegalArgumentException();
			}
			return new PageRequest(size, decoded.substring(0, split), decoded.substring(split + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("after", "is not a cursor this API returned");
		}
	}

	/** One more than asked for, to learn whether a next page exists without a second query. */
	public int limitPlusOne() {
		return first + 1;
	}

	public static String cursor(String key, String id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((key + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Builds the connection from rows fetched with {@link #limitPlusOne()}.
	 */
	public <T> Connection<T> toConnection(List<T> rows, long totalCount, Function<T, String> sortKey,
			Function<T, String> id) {
		boolean hasNext = rows.size() > first;
		List<T> page = hasNext ? rows.subList(0, first) : rows;
		List<Connection.Edge<T>> edges = new ArrayList<>(page.size());
		for (T row : page) {
			edges.add(new Connection.Edge<>(cursor(sortKey.apply(row), id.apply(row)), row));
		}
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new Connection.PageInfo(hasNext, afterId != null, start, end), totalCount);
	}

	/**
	 * A page of a bounded list read whole with its parent (a meeting's participants, a plan's tasks): the cursor is
	 * the position in the list, so paging costs no query.
	 */
	public <T> Connection<T> page(List<T> all, Function<T, String> id) {
		int from = 0;
		if (afterKey != null) {
			try {
				from = Integer.parseInt(afterKey) + 1;
			}
			catch (NumberFormatException ex) {
				throw new InvalidArgumentException("after", "is not a cursor this API returned");
			}
		}
		int start = Math.min(Math.max(from, 0), all.size());
		List<T> rows = all.subList(start, Math.min(all.size(), start + limitPlusOne()));
		boolean hasNext = rows.size() > first;
		List<T> page = hasNext ? rows.subList(0, first) : rows;
		List<Connection.Edge<T>> edges = new ArrayList<>(page.size());
		for (int i = 0; i < page.size(); i++) {
			edges.add(new Connection.Edge<>(cursor(String.valueOf(start + i), id.apply(page.get(i))), page.get(i)));
		}
		String startCursor = edges.isEmpty() ? null : edges.get(0).cursor();
		String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new Connection.PageInfo(hasNext, start > 0, startCursor, endCursor), all.size());
	}
}
