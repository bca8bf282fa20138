package jp.tsunagu.generator;

/**
 * Household codes like the hub's random ones ("HH-" and 10 characters of Crockford's base 32, 50 bits), but derived
 * from a unique serial through a seeded bijection of the 50-bit numbers: they never repeat, and they tell nothing
 * about the place or the order.
 */
final class HouseholdCodes {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final long MASK = (1L << 50) - 1;

	private final long[] keys = new long[4];

	HouseholdCodes(long seed) {
		for (int i = 0; i < keys.length; i++) {
			keys[i] = Seeds.of(seed, "household-code", String.valueOf(i));
		}
	}

	/** The code of household {@code index} of the place with this ordinal (index below 2²⁴, ordinal below 2²⁰). */
	String code(int ordinal, int index) {
		long x = ((long) ordinal << 24 | index) & MASK;
		for (long key : keys) {
			// each step is a bijection of the 50-bit numbers: an odd multiplier, an addition, an xor-shift
			x = (x * (key | 1)) & MASK;
			x = (x + (key >>> 14)) & MASK;
			x ^= x >>> 23;
		}
		StringBuilder code = new StringBuilder("HH-");
		for (int i = 9; i >= 0; i--) {
			code.append(ALPHABET[(int) (x >>> (5 * i)) & 31]);
		}
		return code.toString();
	}
}
