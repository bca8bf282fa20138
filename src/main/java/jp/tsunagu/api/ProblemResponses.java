package jp.tsunagu.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reactivestreams.Publisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal carries a body that says why. An error status answered without a body (a wrong content type or
 * method, a bad token, an unknown path) gets an RFC 9457 {@code application/problem+json} body naming the cause;
 * so does an error raised before a handler answered. A database that cannot be reached while the request is
 * authenticated gets 503 with {@code Retry-After}: at the GraphQL path as a GraphQL response classified
 * {@link DatabaseErrorType#UNAVAILABLE}, elsewhere as a problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses implements WebFilter {

	static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String graphQlPath;

	private final DatabaseOutage outage;

	ProblemResponses(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath, DatabaseOutage outage) {
		this.graphQlPath = graphQlPath;
		this.outage = outage;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpResponse original = exchange.getResponse();
		Watched response = new Watched(exchange);
		return chain.filter(exchange.mutate().response(response).build())
			.onErrorResume(failure -> original.isCommitted() ? Mono.error(failure) : answer(exchange, failure))
			.then(Mono.defer(() -> response.needsBody() ? problem(exchange, response.getStatusCode(), null) : Mono.empty()));
	}

	private Mono<Void> answer(ServerWebExchange exchange, Throwable failure) {
		ServerHttpResponse response = exchange.getResponse();
		if (DatabaseFaults.unavailable(failure)) {
			outage.refused(failure);
			DatabaseErrorType type = DatabaseErrorType.UNAVAILABLE;
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(type.retryAfterSeconds()));
			if (graphQlPath.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
				Map<String, Object> extensions = new LinkedHashMap<>(type.extensions());
				extensions.put("classification", type.name());
				Map<String, Object> error = Map.of("message", type.message(), "extensions", extensions);
				return write(response, HttpStatus.SERVICE_UNAVAILABLE, MediaType.APPLICATION_JSON,
						Map.of("errors", List.of(error)));
			}
			return problem(exchange, HttpStatus.SERVICE_UNAVAILABLE, type.message());
		}
		if (failure instanceof BilingualStatusException refused) {
			response.getHeaders().addAll(refused.getHeaders());
			return bilingualProblem(exchange, refused.getStatusCode(), refused.reason());
		}
		if (failure instanceof ResponseStatusException status) {
			response.getHeaders().addAll(status.getHeaders());
			return problem(exchange, status.getStatusCode(), status.getReason());
		}
		return Mono.error(failure);
	}

	/** A problem body for the status, its detail the reason given or else what the status means at the hub. */
	static Mono<Void> problem(ServerWebExchange exchange, HttpStatusCode status, String reason) {
		Map<String, Object> body = body(exchange, status);
		body.put("detail", reason != null && !reason.isBlank() ? reason : ProblemDetails.of(status.value(), exchange));
		return write(exchange.getResponse(), status, PROBLEM, body);
	}

	/** A problem body whose detail is the reason in the request's language, with both languages beside it. */
	private static Mono<Void> bilingualProblem(ServerWebExchange exchange, HttpStatusCode status, Bilingual reason) {
		Map<String, Object> body = body(exchange, status);
		body.put("detail", reason.in(Language.from(exchange.getRequest().getHeaders())));
		body.put("detailJa", reason.japanese());
		body.put("detailEn", reason.english());
		return write(exchange.getResponse(), status, PROBLEM, body);
	}

	private static Map<String, Object> body(ServerWebExchange exchange, HttpStatusCode status) {
		Map<String, Object> body = new LinkedHashMap<>();
		HttpStatus known = HttpStatus.resolve(status.value());
		body.put("type", "about:blank");
		body.put("title", known == null ? "Error" : known.getReasonPhrase());
		body.put("status", status.value());
		body.put("instance", exchange.getRequest().getPath().value());
		return body;
	}

	private static Mono<Void> write(ServerHttpResponse response, HttpStatusCode status, MediaType type, Object body) {
		response.setStatusCode(status);
		response.getHeaders().setContentType(type);
		response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
		byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
	}

	/** The response as the handlers see it, noting whether they wrote a body; completing an error without one writes a problem. */
	private final class Watched extends ServerHttpResponseDecorator {

		private final ServerWebExchange exchange;

		private volatile boolean written;

		Watched(ServerWebExchange exchange) {
			super(exchange.getResponse());
			this.exchange = exchange;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			written = true;
			return super.writeWith(body);
		}

		@Override
		public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			written = true;
			return super.writeAndFlushWith(body);
		}

		@Override
		public Mono<Void> setComplete() {
			if (needsBody()) {
				written = true;
				return problem(exchange, getStatusCode(), null);
			}
			return super.setComplete();
		}

		boolean needsBody() {
			HttpStatusCode status = getStatusCode();
			return !written && !isCommitted() && status != null && status.isError()
					&& exchange.getRequest().getMethod() != org.springframework.http.HttpMethod.HEAD;
		}
	}
}
