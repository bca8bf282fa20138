package jp.tsunagu.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One structured line per GraphQL request: operation, outcome, error count and time taken, as
 * key=value pairs a log shipper can parse. Variables are never logged (they may hold personal data).
 */
@Component
class RequestLog implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger("tsunagu.requests");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long started = System.nanoTime();
		String operation = request.getOperationName() == null ? "anonymous" : request.getOperationName();
		return chain.next(request).doOnNext(response -> log.info(
				"graphql operation={} id={} outcome={} errors={} durationMs={}", operation, request.getId(),
				response.isValid() && response.getErrors().isEmpty() ? "ok" : "error", response.getErrors().size(),
				(System.nanoTime() - started) / 1_000_000));
	}
}
