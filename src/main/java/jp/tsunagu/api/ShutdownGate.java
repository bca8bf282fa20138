package jp.tsunagu.api;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * On shutdown (SIGTERM), before the web server's graceful shutdown waits for the requests in flight, the hub stops
 * taking new ones: each gets 503 with a problem body, {@code Retry-After} and {@code Connection: close}, so that a
 * client knows nothing was done and tries another hub or later. It stops first of the hub's lifecycle, the database
 * last (after the requests in flight have finished, within {@code spring.lifecycle.timeout-per-shutdown-phase}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ShutdownGate implements WebFilter, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ShutdownGate.class);

	private static final Bilingual REFUSAL = new Bilingual(
			"停止中です。新しいリクエストは受け付けません。別のハブに送るか、少し待ってからやり直してください",
			"The hub is shutting down and takes no new requests; send this one to another hub or retry shortly");

	private final Duration grace;

	private volatile boolean running;

	private volatile boolean closing;

	ShutdownGate(@Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration grace) {
		this.grace = grace;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!closing) {
			return chain.filter(exchange);
		}
		exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
		return ProblemResponses.problem(exchange, HttpStatus.SERVICE_UNAVAILABLE,
				REFUSAL.in(Language.from(exchange.getRequest().getHeaders())));
	}

	/** Also when a stopped context starts again (the test framework pauses and resumes cached contexts). */
	@Override
	public void start() {
		closing = false;
		running = true;
	}

	@Override
	public void stop() {
		closing = true;
		running = false;
		log.info("Stopping: new requests are answered 503; those in flight may take {} s to finish", grace.toSeconds());
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** The highest phase stops first: before the web server's graceful shutdown. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}
}
