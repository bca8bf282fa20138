package jp.tsunagu.bench;

import java.util.Arrays;

/** Latencies of one measured run, in microseconds, and what the report needs of them. */
final class Latencies {

	private long[] values = new long[1 << 12];

	private int count;

	synchronized void add(long micros) {
		if (count == values.length) {
			values = Arrays.copyOf(values, values.length * 2);
		}
		values[count++] = micros;
	}

	synchronized int count() {
		return count;
	}

	/** The nearest-rank percentile in milliseconds (0 when nothing was measured). */
	synchronized double percentileMillis(double percent) {
		if (count == 0) {
			return 0;
		}
		long[] sorted = Arrays.copyOf(values, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * count);
		return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1000.0;
	}
}
