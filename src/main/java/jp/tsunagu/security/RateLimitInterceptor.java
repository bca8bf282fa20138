package jp.tsunagu.security;

import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code tsunagu.limits.requests-per-minute} per signed-in account, or per remote address for anonymous callers.
 * Runs after {@link CallerInterceptor}, whose caller is only in the execution input it configures.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RateLimitInterceptor implements WebGraphQlInterceptor {

	private final RateLimitWindows windows;

	RateLimitInterceptor(RequestLimits limits) {
		this.windows = new RateLimitWindows(limits.requestsPerMinute(), InstantSource.system());
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long retryAfter = windows.acquire(key(request));
		if (retryAfter == 0) {
			return chain.next(request);
		}
		WebGraphQlResponse refused = RequestLimitsError.RATE_LIMITED.response(request,
				"Too many requests: the hub answers " + windows.perMinute() + " requests a minute per caller; retry in "
						+ retryAfter + " s",
				Map.of("limit", windows.perMinute(), "retryAfterSeconds", retryAfter));
		refused.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
		return Mono.just(refused);
	}

	private static String key(WebGraphQlRequest request) {
		Caller caller = Caller.of(request.toExecutionInput().getGraphQLContext());
		if (!caller.isAnonymous()) {
			return "account " + caller.username();
		}
		InetSocketAddress address = request.getRemoteAddress();
		return "address " + (address == null ? "unknown" : address.getHostString());
	}
}
