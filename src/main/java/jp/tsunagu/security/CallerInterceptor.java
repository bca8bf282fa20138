package jp.tsunagu.security;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Resolves the request's {@link Caller} once, from the verified token, into the GraphQL context. For the hub's own
 * tokens the account is read again, so that disabling it, or changing its role or organisation, counts at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CallerInterceptor implements WebGraphQlInterceptor {

	private final CallerClaims claims;

	private final Accounts accounts;

	CallerInterceptor(CallerClaims claims, Accounts accounts) {
		this.claims = claims;
		this.accounts = accounts;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.flatMap(this::caller)
			.defaultIfEmpty(Caller.anonymous())
			.flatMap(caller -> {
				request.configureExecutionInput(
						(input, builder) -> builder.graphQLContext(Map.<Object, Object>of(Caller.class, caller)).build());
				return chain.next(request);
			});
	}

	private Mono<Caller> caller(Authentication authentication) {
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			return Mono.empty();
		}
		Caller caller = claims.caller(token.getToken());
		boolean local = SecurityConfiguration.LOCAL_ISSUER.equals(token.getToken().getClaimAsString("iss"));
		return local && !caller.isAnonymous() ? accounts.enabled(caller.username()) : Mono.just(caller);
	}
}
