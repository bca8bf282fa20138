package jp.tsunagu.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: the hub trusts an identity provider's tokens (here, its public key) and maps their claims to a
 * caller; it issues no tokens of its own and creates no local administrator. A context and database of its own.
 */
@SpringBootTest(properties = { "tsunagu.embedded.data-directory=target/neo4j-test/${random.uuid}",
		"tsunagu.embedded.bolt-port=0", "tsunagu.demo.load-when-empty=false",
		"tsunagu.security.secret-file=target/neo4j-test/hub-secret",
		"spring.security.oauth2.resourceserver.jwt.public-key-location=file:target/test-idp/public.pem" })
@AutoConfigureHttpGraphQlTester
class IdentityProviderIT {

	private static final KeyPair PROVIDER = publishedKeyPair(Path.of("target/test-idp/public.pem"));

	@Autowired
	private WebTestClient web;

	@Autowired
	private Driver driver;

	@Test
	void mapsTheProvidersClaimsToTheCaller() {
		String token = sign(PROVIDER, "sato@example.jp", "COORDINATOR", Instant.now().plusSeconds(300));

		me(token).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.me.username")
			.isEqualTo("sato@example.jp")
			.jsonPath("$.data.me.role")
			.isEqualTo("COORDINATOR");
	}

	@Test
	void refusesTokensSignedByAnyoneElseOrExpired() throws NoSuchAlgorithmException {
		KeyPair stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair();
		me(sign(stranger, "mallory", "ADMINISTRATOR", Instant.now().plusSeconds(300))).expectStatus().isUnauthorized();
		me(sign(PROVIDER, "sato@example.jp", "COORDINATOR", Instant.now().minusSeconds(600))).expectStatus()
			.isUnauthorized();
	}

	@Test
	void issuesNoTokensAndCreatesNoLocalAccounts() {
		web.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "admin", "password", "x"))
			.exchange()
			.expectStatus()
			.isNotFound();
		try (var session = driver.session()) {
			assertThat(session.run("MATCH (a:Account) RETURN count(a) AS n").single().get("n").asLong()).isZero();
		}
	}

	private WebTestClient.ResponseSpec me(String token) {
		return web.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ me { username role } }"))
			.exchange();
	}

	private static String sign(KeyPair keys, String username, String role, Instant expires) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("subject-" + username)
			.claim("preferred_username", username)
			.claim("tsunagu_role", java.util.List.of(role))
			.issueTime(Date.from(Instant.now().minusSeconds(900)))
			.expirationTime(Date.from(expires))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/** The provider's key pair, its public key written where the hub is configured to read it before it starts. */
	private static KeyPair publishedKeyPair(Path file) {
		try {
			KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
			Files.createDirectories(file.getParent());
			Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n");
			return keys;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
