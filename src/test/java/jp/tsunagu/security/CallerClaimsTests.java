package jp.tsunagu.security;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens from an identity provider become callers through the claim mapping, and only through it. */
class CallerClaimsTests {

	private static final SecurityProperties.Claims DEFAULT_NAMES = new SecurityProperties.Claims("preferred_username",
			"tsunagu_role", "tsunagu_organization", "tsunagu_person");

	@Test
	void mapsTheDocumentedClaims() {
		Jwt jwt = token().claim("preferred_username", "sato").claim("tsunagu_role", "COORDINATOR")
			.claim("tsunagu_organization", "org-1").build();

		assertThat(claims(DEFAULT_NAMES).caller(jwt)).isEqualTo(new Caller("sato", Role.COORDINATOR, "org-1", null));
	}

	@Test
	void takesTheFirstKnownRoleOfAListAndFallsBackToTheSubject() {
		Jwt jwt = token().subject("sub-7").claim("tsunagu_role", List.of("offline_access", "ANALYST", "ADMINISTRATOR"))
			.build();

		assertThat(claims(DEFAULT_NAMES).caller(jwt)).isEqualTo(new Caller("sub-7", Role.ANALYST, null, null));
	}

	@Test
	void aTokenWithoutAKnownRoleGivesNoRights() {
		Caller caller = claims(DEFAULT_NAMES).caller(token().claim("tsunagu_role", "SUPERUSER").build());

		assertThat(caller.isAnonymous()).isTrue();
		assertThat(caller.hasAnyRole(Role.values())).isFalse();
	}

	@Test
	void claimNamesAreConfigurableForIdentityProvidersThatCannotUseOurs() {
		var names = new SecurityProperties.Claims("email", "roles", "org", "person_id");
		Jwt jwt = token().claim("email", "v@example.jp").claim("roles", List.of("COMMISSIONED_VOLUNTEER"))
			.claim("org", "council-1").claim("person_id", "p-1").build();

		assertThat(claims(names).caller(jwt))
			.isEqualTo(new Caller("v@example.jp", Role.COMMISSIONED_VOLUNTEER, "council-1", "p-1"));
	}

	private static CallerClaims claims(SecurityProperties.Claims names) {
		return new CallerClaims(new SecurityProperties(null, Path.of("unused"), Duration.ofHours(1), names));
	}

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("t").header("alg", "RS256").subject("subject").issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
	}
}
