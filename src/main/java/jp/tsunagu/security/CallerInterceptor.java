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

/** Resolves the request's {@link Caller} once, from the verified token, into the GraphQL context. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CallerInterceptor implements WebGraphQlInterceptor {

	private final CallerClaims claims;

	CallerInterceptor(CallerClaims claims) {
		this.claims = claims;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.map(this::caller)
			.defaultIfEmpty(Caller.anonymous())
			.flatMap(caller -> {
				request.configureExecutionInput(
						(input, builder) -> builder.graphQLContext(Map.<Object, Object>of(Caller.class, caller)).build());
				return chain.next(request);
			});
	}

	private Caller caller(Authentication authentication) {
		return authentication instanceof JwtAuthenticationToken token ? claims.caller(token.getToken())
				: Caller.anonymous();
	}
}
