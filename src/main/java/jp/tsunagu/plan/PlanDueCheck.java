package jp.tsunagu.plan;

import java.util.List;
import java.util.Map;

import jp.tsunagu.notification.EventKind;
import jp.tsunagu.notification.Outbox;
import jp.tsunagu.notification.OutboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Announces tasks and plan reviews as they fall due (TASK_DUE), once each, to their owners: a scheduled check, since
 * nothing is written when a date passes.
 */
@Component
public class PlanDueCheck {

	private static final Logger log = LoggerFactory.getLogger(PlanDueCheck.class);

	private final PlanWrites writes;

	private final Outbox outbox;

	private final TransactionalOperator transaction;

	PlanDueCheck(PlanWrites writes, Outbox outbox, TransactionalOperator transaction) {
		this.writes = writes;
		this.outbox = outbox;
		this.transaction = transaction;
	}

	@Scheduled(initialDelayString = "${tsunagu.notifications.check-delay:PT1M}",
			fixedDelayString = "${tsunagu.notifications.check-interval:PT10M}")
	Mono<Void> scheduled() {
		return run().doOnNext(count -> {
			if (count > 0) {
				log.info("{} plan tasks and reviews fell due", count);
			}
		}).onErrorResume(error -> {
			log.warn("The plan due check failed; it runs again at its next interval: {}", error.toString());
			return Mono.empty();
		}).then();
	}

	/** Marks what fell due and appends its events, in one transaction; returns how many. */
	public Mono<Long> run() {
		return transaction.transactional(writes.markDue().concatMap(due -> outbox.append(event(due)).thenReturn(due)).count());
	}

	@SuppressWarnings("unchecked")
	private static OutboxEvent event(Map<String, Object> due) {
		return new OutboxEvent(EventKind.TASK_DUE, (List<String>) due.get("organizationIds"), List.of(),
				(String) due.get("householdId"),
				Map.of("taskKind", due.get("kind"), "taskId", due.get("id"), "planId", due.get("planId"), "dueOn",
						due.get("dueOn"), "personIds", due.get("personIds")));
	}
}
