package jp.tsunagu.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.context.annotation.Conditional;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs the hub's own access tokens for local accounts, with the same claims an identity provider would send. */
@Component
@Conditional(LocalAccountsCondition.class)
public class TokenIssuer {

	private final JwtEncoder encoder;

	private final CallerClaims claims;

	private final Duration lifetime;

	TokenIssuer(JwtEncoder encoder, CallerClaims claims, SecurityProperties properties) {
		this.encoder = encoder;
		this.claims = claims;
		this.lifetime = properties.tokenLifetime();
	}

	public String issue(Caller caller) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder set = JwtClaimsSet.builder()
			.issuer(SecurityConfiguration.LOCAL_ISSUER)
			.subject(caller.username())
			.issuedAt(now)
			.expiresAt(now.plus(lifetime));
		claims.claims(caller).forEach(set::claim);
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), set.build()))
			.getTokenValue();
	}

	Duration lifetime() {
		return lifetime;
	}
}
