package jp.tsunagu.security;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/**
 * Who is asking: the account name, the role, and the organisation and person the role is scoped to. Resolved
 * once per request from the token (see {@link CallerClaims}) and kept in the GraphQL context.
 *
 * @param organizationId the caller's organisation: the council for a coordinator, the member organisation for its
 * staff, the 民児協 for a 民生委員 (consents name organisations)
 * @param personId the caller as a person in the graph: required for a 民生委員 (their assigned districts)
 */
public record Caller(String username, Role role, String organizationId, String personId) {

	private static final Caller ANONYMOUS = new Caller(null, null, null, null);

	public static Caller anonymous() {
		return ANONYMOUS;
	}

	public boolean isAnonymous() {
		return role == null;
	}

	public boolean hasAnyRole(Role... roles) {
		return role != null && Arrays.asList(roles).contains(role);
	}

	/** The caller as the {@code $viewer} parameter of scoped Cypher. */
	public Map<String, Object> asParameter() {
		Map<String, Object> viewer = new HashMap<>();
		viewer.put("username", username);
		viewer.put("role", role == null ? null : role.name());
		viewer.put("organizationId", organizationId);
		viewer.put("personId", personId);
		return viewer;
	}

	/** The caller of the current GraphQL request; anonymous when none was resolved. */
	public static Caller of(GraphQLContext context) {
		Caller caller = context.get(Caller.class);
		return caller == null ? ANONYMOUS : caller;
	}

	/** The caller of the current HTTP request, for endpoints beside GraphQL; anonymous when no token was sent. */
	public static Mono<Caller> ofRequest() {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(CallerAuthentication.class::isInstance)
			.map(authentication -> ((CallerAuthentication) authentication).caller())
			.defaultIfEmpty(ANONYMOUS);
	}

	@Override
	public String toString() {
		return isAnonymous() ? "anonymous" : username + " (" + role + ")";
	}
}
