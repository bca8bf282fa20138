package jp.tsunagu.security;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link Caller}, resolved once with the token (see {@link SecurityConfiguration}), into the
 * GraphQL context.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CallerInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(CallerAuthentication.class::isInstance)
			.map(authentication -> ((CallerAuthentication) authentication).caller())
			.defaultIfEmpty(Caller.anonymous())
			.flatMap(caller -> {
				request.configureExecutionInput(
						(input, builder) -> builder.graphQLContext(Map.<Object, Object>of(Caller.class, caller)).build());
				return chain.next(request);
			});
	}
}
