package jp.tsunagu.generator;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Shares a whole number among parties by weight (Hamilton's method: each its quota rounded down, the rest one each to
 * the largest remainders), so the shares always add up to the total: at scale 1.0 the national figures come out exact.
 */
final class Apportionment {

	private Apportionment() {
	}

	/**
	 * @param minimum what every party gets before the rest is shared by weight (the total must allow it)
	 */
	static long[] largestRemainder(long total, double[] weights, long minimum) {
		int n = weights.length;
		long[] shares = new long[n];
		if (n == 0) {
			return shares;
		}
		long rest = total - minimum * n;
		if (rest < 0) {
			throw new IllegalArgumentException(total + " cannot give each of " + n + " parties " + minimum);
		}
		double sum = Arrays.stream(weights).sum();
		double[] remainders = new double[n];
		long given = 0;
		for (int i = 0; i < n; i++) {
			double quota = sum == 0 ? (double) rest / n : rest * weights[i] / sum;
			shares[i] = minimum + (long) Math.floor(quota);
			remainders[i] = quota - Math.floor(quota);
			given += shares[i] - minimum;
		}
		Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
		// ties go to the earlier party, so the result never depends on sort stability
		Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -remainders[i]).thenComparingInt(i -> i));
		for (int k = 0; given < rest; k++, given++) {
			shares[order[k % n]]++;
		}
		return shares;
	}
}
