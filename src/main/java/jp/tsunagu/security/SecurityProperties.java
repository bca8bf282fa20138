package jp.tsunagu.security;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagu.security.*}.
 *
 * @param secret the hub's secret (base64, 32 bytes or more): signs the hub's own tokens and keys analysts'
 * pseudonyms; hubs sharing one database must share it. Empty: read from, or generated into, {@code secretFile}
 * @param tokenLifetime how long a token from {@code POST /auth/token} stays valid
 * @param claims the token claims a caller's role and scope are read from
 */
@ConfigurationProperties("tsunagu.security")
public record SecurityProperties(String secret, @DefaultValue("./data/hub-secret") Path secretFile,
		@DefaultValue("1h") Duration tokenLifetime, @DefaultValue Claims claims) {

	/**
	 * Claim names: the one place where a token becomes a {@link Caller}. An identity provider in production adds
	 * these claims to the access tokens it issues for the hub.
	 */
	public record Claims(@DefaultValue("preferred_username") String username, @DefaultValue("tsunagu_role") String role,
			@DefaultValue("tsunagu_organization") String organization, @DefaultValue("tsunagu_person") String person) {
	}
}
