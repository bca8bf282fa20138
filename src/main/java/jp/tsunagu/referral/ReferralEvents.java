package jp.tsunagu.referral;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.casework.CaseworkMetrics;
import jp.tsunagu.notification.EventKind;
import jp.tsunagu.notification.Outbox;
import jp.tsunagu.notification.OutboxEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What a referral's change tells others: a REFERRAL_CHANGED event in the outbox, in the transaction of the change, for
 * the organisations at both ends and the household's municipality (ids and status words only); and the counters.
 */
@Component
class ReferralEvents {

	private final Outbox outbox;

	private final CaseworkMetrics metrics;

	ReferralEvents(Outbox outbox, CaseworkMetrics metrics) {
		this.outbox = outbox;
		this.metrics = metrics;
	}

	Mono<Referral> changed(Referral referral) {
		ReferralStatus previous = referral.history().isEmpty() ? null
				: referral.history().get(referral.history().size() - 1).from();
		Map<String, Object> payload = new HashMap<>();
		payload.put("referralId", referral.id());
		payload.put("status", referral.status().name());
		payload.put("version", referral.version());
		if (previous != null) {
			payload.put("previousStatus", previous.name());
		}
		if (referral.reason() != null && referral.status().closed()) {
			payload.put("reason", referral.reason().name());
		}
		if (referral.outcome() != null) {
			payload.put("outcome", referral.outcome().name());
		}
		OutboxEvent event = new OutboxEvent(EventKind.REFERRAL_CHANGED,
				List.of(referral.from().id(), referral.to().id()),
				referral.municipality() == null ? List.of() : List.of(referral.municipality()), referral.householdId(),
				payload);
		return outbox.append(event).then(Mono.fromRunnable(() -> count(referral))).thenReturn(referral);
	}

	private void count(Referral referral) {
		metrics.referralChanged(referral.status().name(),
				referral.status() == ReferralStatus.COMPLETED && referral.outcome() != null ? referral.outcome().name() : null,
				referral.municipality());
		if (referral.status() == ReferralStatus.ACCEPTED && referral.acceptedAt() != null) {
			var requested = referral.requestedAt() != null ? referral.requestedAt() : referral.createdAt();
			metrics.accepted(Duration.between(requested, referral.acceptedAt()));
		}
	}
}
