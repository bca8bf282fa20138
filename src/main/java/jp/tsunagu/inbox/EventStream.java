package jp.tsunagu.inbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jp.tsunagu.api.NotAllowedException;
import jp.tsunagu.household.AuditedRead;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.CallerCache;
import jp.tsunagu.security.LocalAccounts;
import jp.tsunagu.security.SubscriberCredentials;
import org.springframework.stereotype.Service;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One subscriber's events: those after the event id they resume from (read from the outbox), then the live ones, in
 * sequence order, without gap or repeat. Each event is authorised again as it goes out: against the household scope as
 * it is now (an event they may no longer receive is not sent), and with their account as the {@link CallerCache} knows
 * it (read at most once in its time to live, forgotten when the account changes through the hub): once their token
 * expired or their account was disabled the subscription ends with an error. An event naming a household is recorded in the audit log.
 */
@Service
class EventStream {

	private final OutboxPoller poller;

	private final InboxQueries queries;

	private final NotificationProperties properties;

	private final LocalAccounts accounts;

	private final CallerCache callers;

	private final AuditedRead audited;

	EventStream(OutboxPoller poller, InboxQueries queries, NotificationProperties properties, LocalAccounts accounts,
			CallerCache callers, AuditedRead audited) {
		this.poller = poller;
		this.queries = queries;
		this.properties = properties;
		this.accounts = accounts;
		this.callers = callers;
		this.audited = audited;
	}

	Flux<StoredEvent> events(Caller caller, SubscriberCredentials credentials, Long after) {
		return events(poller, after).concatMap(event -> authorised(caller, credentials, event));
	}

	/** The events of one poller after the sequence number (or from now, when null), in order. */
	Flux<StoredEvent> events(OutboxPoller source, Long after) {
		return Flux.defer(() -> {
			Sinks.Many<StoredEvent> buffer = Sinks.many().unicast().onBackpressureBuffer();
			// subscribed before the backlog is read, so that nothing written meanwhile falls between the two
			Disposable live = source.live().subscribe(buffer::tryEmitNext);
			AtomicLong last = new AtomicLong(after == null ? -1 : after);
			Flux<StoredEvent> backlog = after == null ? Flux.empty() : backlog(after);
			return Flux.concat(backlog, buffer.asFlux())
				.filter(event -> event.sequence() > last.get())
				.doOnNext(event -> last.set(event.sequence()))
				.doFinally(signal -> live.dispose());
		});
	}

	private Flux<StoredEvent> backlog(long after) {
		int batch = properties.batchSize();
		return queries.after(after, batch)
			.collectList()
			.expand(page -> page.size() < batch ? Mono.empty()
					: queries.after(page.get(page.size() - 1).sequence(), batch).collectList())
			.flatMapIterable(page -> page);
	}

	private Mono<StoredEvent> authorised(Caller caller, SubscriberCredentials credentials, StoredEvent event) {
		Mono<Caller> current = credentials == null ? Mono.just(caller) : credentials.current(accounts, callers);
		return current
			.switchIfEmpty(Mono.error(() -> new NotAllowedException(
					"your token expired or your account was disabled: sign in again and resubscribe", true)))
			.flatMap(now -> queries.deliverable(now, event).filter(Boolean::booleanValue).flatMap(yes -> {
				if (event.householdId() == null) {
					return Mono.just(event);
				}
				HouseholdAccess access = new HouseholdAccess(now, "events", List.of("householdId", "kind"),
						"sequence=" + event.sequence());
				return audited.run(access, Mono.just(event), delivered -> List.of(delivered.householdId()));
			}));
	}
}
