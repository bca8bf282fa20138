package jp.tsunagu.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import jp.tsunagu.api.DatabaseFaults;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens everywhere. With {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or a JWK set or public
 * key) the hub trusts that identity provider's tokens; without, it issues its own for local accounts at
 * {@code POST /auth/token}. GraphQL decides per field who may see what (the {@code @requires} directive and the
 * household scope), so the HTTP layer only authenticates; the actuator beyond health and info is for administrators.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	static final String LOCAL_ISSUER = "tsunagu-hub";

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder, CallerClaims claims,
			LocalAccounts accounts, CallerCache callers) {
		JwtReactiveAuthenticationManager verifying = new JwtReactiveAuthenticationManager(decoder);
		verifying.setJwtAuthenticationConverter(token -> caller(token, claims, accounts));
		ReactiveAuthenticationManager authentication = request -> request instanceof BearerTokenAuthenticationToken bearer
				? callers.authenticate(bearer.getToken(), () -> verifying.authenticate(request))
				: verifying.authenticate(request);
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.authorizeExchange(exchanges -> exchanges.pathMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.pathMatchers("/actuator/**")
				.hasRole(Role.ADMINISTRATOR.name())
				.anyExchange()
				.permitAll())
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.authenticationManager(authentication)))
			.build();
	}

	/**
	 * The caller a verified token stands for, by the claim mapping; for the hub's own tokens, the account as it is now,
	 * so that a disabled account's token is refused (401) at once, and a changed role or organisation counts at once.
	 * While the database cannot be reached, the hub's own tokens count by their claims, as an identity provider's
	 * always do: the request then gets its clear UNAVAILABLE answer (and an administrator the health details) instead
	 * of failing in authentication. A token's answer is kept for a few seconds ({@link CallerCache}), forgotten at once
	 * when this hub changes the account.
	 */
	private static Mono<AbstractAuthenticationToken> caller(Jwt jwt, CallerClaims claims, LocalAccounts accounts) {
		Caller claimed = claims.caller(jwt);
		if (!LOCAL_ISSUER.equals(jwt.getClaimAsString("iss")) || claimed.isAnonymous()) {
			return Mono.just(new CallerAuthentication(jwt, claimed));
		}
		return accounts.enabled(claimed.username())
			.switchIfEmpty(Mono.error(() -> new BadCredentialsException("the account of this token is disabled or gone")))
			.<AbstractAuthenticationToken>map(current -> new CallerAuthentication(jwt, current))
			.onErrorResume(DatabaseFaults::unavailable, unreachable -> Mono.just(new CallerAuthentication(jwt, claimed, false)));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Conditional(LocalAccountsCondition.class)
	ReactiveJwtDecoder localTokenDecoder(HubSecret secret) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(secret.signingKey())
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(LOCAL_ISSUER));
		return decoder;
	}

	@Bean
	@Conditional(LocalAccountsCondition.class)
	JwtEncoder localTokenEncoder(HubSecret secret) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(secret.signingKey()));
	}
}
