package jp.tsunagu.security;

import java.util.List;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;

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
	SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder, CallerClaims claims) {
		// the actuator's authority is the caller's one role, read by the same mapping as everywhere else
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> {
			Caller caller = claims.caller(jwt);
			return caller.isAnonymous() ? List.of() : List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name()));
		});
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
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtDecoder(decoder)
				.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter))))
			.build();
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
