package jp.tsunagu.generator;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Seeds and ids derived from the run's seed and a key, so that every municipality and step draws from its own stream
 * and the result depends neither on batching nor on the order threads run in.
 */
final class Seeds {

	private Seeds() {
	}

	/** A 64-bit seed for the key under the run's seed (FNV-1a over the key, mixed with the seed by SplitMix64). */
	static long of(long seed, String... key) {
		long hash = 0xcbf29ce484222325L;
		for (String part : key) {
			for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
				hash ^= b;
				hash *= 0x100000001b3L;
			}
			hash ^= 0x1f;
			hash *= 0x100000001b3L;
		}
		return mix(hash ^ mix(seed));
	}

	static SplittableRandom random(long seed, String... key) {
		return new SplittableRandom(of(seed, key));
	}

	/** The id of a generated entity: a name-based UUID of "seed:kind:key". */
	static String id(long seed, String kind, String key) {
		return UUID.nameUUIDFromBytes((seed + ":" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
