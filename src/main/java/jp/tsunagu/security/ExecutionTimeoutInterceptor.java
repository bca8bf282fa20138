package jp.tsunagu.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Cancels a request still running after {@code tsunagu.limits.execution-timeout} (Spring for GraphQL cancels the
 * execution with it) and answers with a GraphQL error. Spring's own {@code TimeoutWebGraphQlInterceptor} would answer
 * with a bare HTTP status instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ExecutionTimeoutInterceptor implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(ExecutionTimeoutInterceptor.class);

	private final Duration timeout;

	private final String limit;

	ExecutionTimeoutInterceptor(RequestLimits limits) {
		this.timeout = limits.executionTimeout();
		this.limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).timeout(timeout).onErrorResume(TimeoutException.class, ex -> {
			log.warn("graphql operation={} id={} cancelled after {}", request.getOperationName(), request.getId(), limit);
			return Mono.just(RequestLimitsError.TIMED_OUT.response(request, "The request took longer than " + limit
					+ ", the most the hub allows, and was cancelled. Ask for less, or split the query", Map.of("limit", limit)));
		});
	}
}
