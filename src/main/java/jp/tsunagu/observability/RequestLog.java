package jp.tsunagu.observability;

import jp.tsunagu.security.Caller;
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
 * One structured line per GraphQL request: caller, operation, outcome, error count and time taken, as
 * key=value pairs a log shipper can parse. Variables are never logged (they may hold personal data). Runs right
 * after the caller is known and before the limits, so that refused and timed-out requests are logged too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLog implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger("tsunagu.requests");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long started = System.nanoTime();
		String operation = request.getOperationName() == null ? "anonymous" : request.getOperationName();
		Caller caller = Caller.of(request.toExecutionInput().getGraphQLContext());
		return chain.next(request).doOnNext(response -> log.info(
				"graphql caller={} role={} operation={} id={} outcome={} errors={} durationMs={}",
				caller.isAnonymous() ? "-" : caller.username(), caller.isAnonymous() ? "-" : caller.role(), operation,
				request.getId(),
				response.isValid() && response.getErrors().isEmpty() ? "ok" : "error", response.getErrors().size(),
				(System.nanoTime() - started) / 1_000_000));
	}
}
