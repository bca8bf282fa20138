package jp.tsunagu.analystgraph;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.util.StringUtils;

/**
 * Pseudonyms of one rebuild: a keyed HMAC of the operational id, so the analysts' graph holds no id and nobody
 * without the key can join a pseudonym back to a household or person. The key is new at every rebuild unless an
 * administrator fixes one (tsunagu.analyst-graph.pseudonym-key) for longitudinal work. Not thread-safe: one per
 * rebuild.
 */
final class Pseudonyms {

	private static final int KEY_BYTES = 32;

	private static final String ALGORITHM = "HmacSHA256";

	/** 13 base32 characters: 65 bits, no collision in a national graph. */
	private static final int LENGTH = 13;

	private static final SecureRandom random = new SecureRandom();

	private final Mac mac;

	private final boolean keyed;

	private Pseudonyms(byte[] key, boolean keyed) {
		try {
			this.mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ALGORITHM + " is not available", ex);
		}
		this.keyed = keyed;
	}

	String household(String id) {
		return "H-" + digest("household:" + id);
	}

	String person(String id) {
		return "S-" + digest("person:" + id);
	}

	boolean keyed() {
		return keyed;
	}

	private String digest(String text) {
		byte[] hash = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		return Base32.encode(hash).substring(0, LENGTH).toLowerCase(Locale.ROOT);
	}

	static Factory factory(String configuredKey) {
		if (!StringUtils.hasText(configuredKey)) {
			return () -> {
				byte[] key = new byte[KEY_BYTES];
				random.nextBytes(key);
				return new Pseudonyms(key, false);
			};
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(configuredKey.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("tsunagu.analyst-graph.pseudonym-key must be base64 (openssl rand -base64 32)");
		}
		if (key.length < KEY_BYTES) {
			throw new IllegalStateException("tsunagu.analyst-graph.pseudonym-key must hold at least " + KEY_BYTES
					+ " bytes (openssl rand -base64 32)");
		}
		return () -> new Pseudonyms(key, true);
	}

	/** The pseudonyms of the next rebuild. */
	interface Factory {

		Pseudonyms next();
	}

	/** RFC 4648 base32 without padding: pseudonyms that read aloud and survive any case folding. */
	private static final class Base32 {

		private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

		static String encode(byte[] bytes) {
			StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
			int buffer = 0;
			int bits = 0;
			for (byte b : bytes) {
				buffer = (buffer << 8) | (b & 0xff);
				bits += 8;
				while (bits >= 5) {
					text.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
					bits -= 5;
				}
			}
			if (bits > 0) {
				text.append(ALPHABET[(buffer << (5 - bits)) & 31]);
			}
			return text.toString();
		}
	}
}
