package jp.tsunagu.analytics;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The small-cell policy for household counts per area. Primary suppression: a count from 1 to k-1 is not shown
 * (it reads "<k"). Complementary suppression: the cells of one table are the areas sharing a parent, and the
 * parent's own households (those recorded at the parent, in none of its parts), whose counts add up to the parent's
 * count; when exactly one of them is suppressed, the next smallest one of at least k is suppressed too, so the
 * parent's count less the shown ones never gives a suppressed count alone. Zero is shown: it singles nobody out.
 */
final class SmallCells {

	private SmallCells() {
	}

	/** @return the cells of the table whose counts are not shown */
	static Set<String> suppressed(Map<String, Long> counts, int threshold) {
		Set<String> suppressed = new HashSet<>();
		counts.forEach((cell, count) -> {
			if (count > 0 && count < threshold) {
				suppressed.add(cell);
			}
		});
		if (suppressed.size() == 1) {
			counts.entrySet()
				.stream()
				.filter(cell -> cell.getValue() >= threshold)
				.min(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
				.ifPresent(complement -> suppressed.add(complement.getKey()));
		}
		return suppressed;
	}

	/** A count as shown: the number, "<k" when it is small, "x" when suppressed to protect another. */
	static String shown(long count, boolean suppressed, int threshold) {
		if (!suppressed) {
			return Long.toString(count);
		}
		return count < threshold ? "<" + threshold : "x";
	}
}
