package jp.tsunagu.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The hub's own secret: configured, or generated on first start into a file only the hub's user can read. It signs
 * the tokens of local accounts and peppers their passwords; it never leaves the process.
 */
@Component
public class HubSecret {

	private static final Logger log = LoggerFactory.getLogger(HubSecret.class);

	private static final int MIN_BYTES = 32;

	private final byte[] key;

	HubSecret(SecurityProperties properties) {
		this.key = StringUtils.hasText(properties.secret()) ? decode(properties.secret(), "tsunagu.security.secret")
				: fromFile(properties.secretFile());
	}

	SecretKey signingKey() {
		return new SecretKeySpec(derive("token-signing"), "HmacSHA256");
	}

	/**
	 * The password as the encoder sees it: keyed with the hub's secret (a pepper), so that a password hash read out
	 * of the database cannot be attacked offline without the secret, which never enters the database.
	 */
	public String pepper(String password) {
		return Base64.getEncoder().encodeToString(hmac(derive("password-pepper"), password.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Tells two secrets apart without revealing either or any key derived from them: hubs record it in the database
	 * they share (see {@link SharedSecretCheck}).
	 */
	String fingerprint() {
		return HexFormat.of().formatHex(derive("fingerprint"), 0, 16);
	}

	private byte[] derive(String purpose) {
		return hmac(key, purpose.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static byte[] fromFile(Path file) {
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file).trim(), file.toString());
			}
			byte[] generated = new byte[MIN_BYTES];
			new SecureRandom().nextBytes(generated);
			Files.createDirectories(file.toAbsolutePath().getParent());
			createOwnerOnly(file);
			Files.writeString(file, Base64.getEncoder().encodeToString(generated));
			log.info("Generated the hub's secret in {}; hubs sharing a database must share it (TSUNAGU_SECRET)",
					file.toAbsolutePath());
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the hub's secret " + file.toAbsolutePath(), ex);
		}
	}

	/** Created readable by its owner only, before anything is written to it. */
	private static void createOwnerOnly(Path file) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException notPosix) {
			Files.createFile(file);
			log.warn("Cannot restrict {} to its owner on this file system; protect it yourself", file);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " must be base64 (e.g. openssl rand -base64 32)");
		}
		if (bytes.length < MIN_BYTES) {
			throw new IllegalStateException(source + " must hold at least " + MIN_BYTES + " bytes, has " + bytes.length);
		}
		return bytes;
	}
}
