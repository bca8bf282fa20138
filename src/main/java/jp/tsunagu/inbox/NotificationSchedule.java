package jp.tsunagu.inbox;

import java.util.List;
import java.util.Map;

import jp.tsunagu.household.ContactProperties;
import jp.tsunagu.notification.EventKind;
import jp.tsunagu.notification.OutboxWrites;
import jp.tsunagu.notification.OutboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * What no write announces, checked on a schedule: a household whose ties fade as days pass (HOUSEHOLD_FADING), and
 * the outbox's events past their retention, deleted.
 */
@Component
class NotificationSchedule {

	private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

	private static final int PRUNE_BATCH = 10_000;

	private static final int FADING_BATCH = 1_000;

	private final InboxWrites writes;

	private final OutboxWrites outbox;

	private final ContactProperties contact;

	private final NotificationProperties properties;

	private final TransactionalOperator transaction;

	NotificationSchedule(InboxWrites writes, OutboxWrites outbox, ContactProperties contact, NotificationProperties properties,
			TransactionalOperator transaction) {
		this.writes = writes;
		this.outbox = outbox;
		this.contact = contact;
		this.properties = properties;
		this.transaction = transaction;
	}

	@Scheduled(initialDelayString = "${tsunagu.notifications.check-delay:PT1M}",
			fixedDelayString = "${tsunagu.notifications.check-interval:PT10M}")
	Mono<Void> scheduled() {
		return fading().doOnNext(count -> {
			if (count > 0) {
				log.info("{} households' support ties faded", count);
			}
		}).then(pruneOutbox()).doOnNext(count -> {
			if (count > 0) {
				log.info("{} outbox events older than {} deleted", count, properties.retention());
			}
		}).onErrorResume(error -> {
			log.warn("A scheduled notification check failed; it runs again at its next interval: {}", error.toString());
			return Mono.empty();
		}).then();
	}

	/** Marks the households whose ties faded and appends their events; returns how many. */
	Mono<Long> fading() {
		return fading(FADING_BATCH);
	}

	/**
	 * The households whose ties faded, a batch at a time in the order of their ids: each batch marked and announced in
	 * a transaction of its own, with one statement for its events, so that a town or a nation of them (the first check
	 * after an import) never makes one transaction too large to finish.
	 */
	Mono<Long> fading(int batchSize) {
		return transaction.transactional(writes.unmarkRevived(contact.liveDays()))
			.then(announceFading("", batchSize)
				.expand(batch -> batch.size() < batchSize ? Mono.empty() : announceFading(lastId(batch), batchSize))
				.map(List::size)
				.reduce(0L, Long::sum));
	}

	private Mono<List<Map<String, Object>>> announceFading(String after, int batchSize) {
		return transaction.transactional(writes.markFading(contact.liveDays(), after, batchSize)
			.collectList()
			.flatMap(batch -> outbox.appendAll(batch.stream().map(NotificationSchedule::event).toList())
				.thenReturn(batch)));
	}

	private static String lastId(List<Map<String, Object>> batch) {
		return batch.stream().map(fading -> (String) fading.get("householdId")).max(String::compareTo).orElseThrow();
	}

	Mono<Long> pruneOutbox() {
		return transaction.transactional(writes.prune(properties.retention(), PRUNE_BATCH));
	}

	@SuppressWarnings("unchecked")
	private static OutboxEvent event(Map<String, Object> fading) {
		return new OutboxEvent(EventKind.HOUSEHOLD_FADING, (List<String>) fading.get("organizationIds"),
				(List<String>) fading.get("areaCodes"), (String) fading.get("householdId"),
				Map.of("personIds", fading.get("personIds")));
	}
}
