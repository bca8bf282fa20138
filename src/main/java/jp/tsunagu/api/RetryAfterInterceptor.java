package jp.tsunagu.api;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A response with a {@link DatabaseErrorType} error tells the client when to try again ({@code Retry-After}). */
@Component
class RetryAfterInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext(response -> response.getErrors()
			.stream()
			.filter(error -> error.getErrorType() instanceof DatabaseErrorType)
			.findFirst()
			.ifPresent(error -> response.getResponseHeaders()
				.set(HttpHeaders.RETRY_AFTER,
						String.valueOf(((DatabaseErrorType) error.getErrorType()).retryAfterSeconds()))));
	}
}
