package jp.tsunagu.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Maps token claims to a {@link Caller} and back: the one documented place where roles and scopes come from.
 * <ul>
 * <li>{@code preferred_username} (else {@code sub}): the account name the audit log records</li>
 * <li>{@code tsunagu_role}: one of {@link Role}, as a string or a list (the first known role counts)</li>
 * <li>{@code tsunagu_organization}: the organisation id the role is scoped to</li>
 * <li>{@code tsunagu_person}: the person id, for a 民生委員</li>
 * </ul>
 * The claim names are configurable ({@code tsunagu.security.claims.*}) for identity providers that cannot use
 * these. A token with no known role is a signed-in caller without rights: it sees the public directory only.
 */
@Component
public class CallerClaims {

	private final SecurityProperties.Claims names;

	CallerClaims(SecurityProperties properties) {
		this.names = properties.claims();
	}

	public Caller caller(Jwt jwt) {
		String username = Optional.ofNullable(jwt.getClaimAsString(names.username())).orElse(jwt.getSubject());
		return new Caller(username, role(jwt.getClaims().get(names.role())), jwt.getClaimAsString(names.organization()),
				jwt.getClaimAsString(names.person()));
	}

	/** The claims of a token the hub issues itself for a local account. */
	Map<String, Object> claims(Caller caller) {
		Map<String, Object> claims = new HashMap<>();
		claims.put(names.username(), caller.username());
		claims.put(names.role(), caller.role().name());
		if (caller.organizationId() != null) {
			claims.put(names.organization(), caller.organizationId());
		}
		if (caller.personId() != null) {
			claims.put(names.person(), caller.personId());
		}
		return claims;
	}

	private static Role role(Object claim) {
		Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
		for (Object value : values) {
			for (Role role : Role.values()) {
				if (role.name().equals(String.valueOf(value))) {
					return role;
				}
			}
		}
		return null;
	}
}
