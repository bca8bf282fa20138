package jp.tsunagu.inbox;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Reads the outbox every {@code tsunagu.notifications.poll-interval} and hands each new event, in sequence order, to
 * this hub's subscribers. Every hub replica runs its own poller on the shared database: no broker, and an event
 * written through any replica reaches the subscribers of all. It starts at the outbox's end; a subscriber who asks
 * for older events reads them from the outbox itself.
 */
@Component
class OutboxPoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);

	private final InboxQueries queries;

	private final NotificationProperties properties;

	private final Sinks.Many<StoredEvent> live = Sinks.many().multicast().directBestEffort();

	/** The last sequence handed on; -1 until the first poll found the outbox's end. */
	private final AtomicLong position = new AtomicLong(-1);

	private volatile Disposable polling;

	OutboxPoller(InboxQueries queries, NotificationProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	/** New events as this poller reads them; a subscriber gets those read after it subscribed. */
	Flux<StoredEvent> live() {
		return live.asFlux();
	}

	/** Reads what is new once: the events after the position, in order, handed on. */
	Mono<Void> poll() {
		long from = position.get();
		Mono<Long> start = from >= 0 ? Mono.just(from) : queries.lastSequence().doOnNext(position::set);
		return start.flatMapMany(after -> queries.after(after, properties.batchSize()))
			.doOnNext(event -> {
				position.set(event.sequence());
				live.tryEmitNext(event);
			})
			.then();
	}

	@Override
	public void start() {
		polling = Flux.interval(properties.pollInterval())
			.onBackpressureDrop()
			.concatMap(tick -> poll().onErrorResume(error -> {
				log.warn("Reading the outbox failed; trying again in {}: {}", properties.pollInterval(), error.toString());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable running = polling;
		if (running != null) {
			running.dispose();
		}
		polling = null;
	}

	@Override
	public boolean isRunning() {
		return polling != null;
	}
}
