package jp.tsunagu.security;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers 413 to a GraphQL request body over {@code tsunagu.limits.max-request-size}, before anything else reads it:
 * at once when the Content-Length says so, otherwise (a chunked body) as soon as the bytes read pass the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeFilter implements WebFilter {

	private final long maxBytes;

	private final String path;

	private final byte[] tooLarge;

	RequestSizeFilter(RequestLimits limits, @Value("${spring.graphql.http.path:/graphql}") String path) {
		this.maxBytes = limits.maxRequestSize().toBytes();
		this.path = path;
		// No request data in the body: the same bytes answer every oversized request. A problem (RFC 9457) that a
		// GraphQL client also reads as a response with one error.
		String message = "The request body is larger than " + maxBytes + " bytes, the most the hub reads at " + path
				+ ". Send a shorter query, or pass large values in fewer requests";
		this.tooLarge = ("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
				+ message + "\",\"errors\":[{\"message\":\"" + message + "\","
				+ "\"extensions\":{\"classification\":\"" + RequestLimitsError.REQUEST_TOO_LARGE + "\",\"limit\":" + maxBytes
				+ "}}]}").getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!path.equals(request.getPath().pathWithinApplication().value())) {
			return chain.filter(exchange);
		}
		if (request.getHeaders().getContentLength() > maxBytes) {
			return reject(exchange.getResponse());
		}
		ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> limited(super.getBody()));
			}
		};
		return chain.filter(exchange.mutate().request(counted).build())
			.onErrorResume(TooLarge.class, ex -> exchange.getResponse().isCommitted() ? Mono.error(ex)
					: reject(exchange.getResponse()));
	}

	private Flux<DataBuffer> limited(Flux<DataBuffer> body) {
		long[] read = { 0 };
		return body.handle((buffer, sink) -> {
			read[0] += buffer.readableByteCount();
			if (read[0] > maxBytes) {
				DataBufferUtils.release(buffer);
				sink.error(new TooLarge());
			}
			else {
				sink.next(buffer);
			}
		});
	}

	private Mono<Void> reject(ServerHttpResponse response) {
		response.setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(tooLarge)));
	}

	private static final class TooLarge extends RuntimeException {

		TooLarge() {
			super(null, null, false, false);
		}
	}
}
