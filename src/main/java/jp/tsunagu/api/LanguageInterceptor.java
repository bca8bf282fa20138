package jp.tsunagu.api;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts the caller's {@link Language} (from {@code Accept-Language}) in the request's GraphQL context. */
@Component
class LanguageInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Language language = Language.from(request.getHeaders());
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(Language.CONTEXT_KEY, language)).build());
		return chain.next(request);
	}
}
