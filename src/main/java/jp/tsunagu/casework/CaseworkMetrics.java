package jp.tsunagu.casework;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The casework figures as Prometheus counters, counted as the writes commit: {@code tsunagu_contacts_recorded_total}
 * by kind, outcome and municipality, {@code tsunagu_referral_changes_total} by new status, outcome and municipality,
 * and {@code tsunagu_referral_time_to_accept_seconds}. Organisations are left out of the tags (too many series);
 * {@code caseworkFigures} gives them.
 */
@Component
public class CaseworkMetrics {

	private final MeterRegistry registry;

	CaseworkMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void contactRecorded(ContactKind kind, ContactOutcome outcome, String municipality) {
		Counter.builder("tsunagu.contacts.recorded")
			.description("Contacts recorded in the contact log")
			.tag("kind", kind.name())
			.tag("outcome", outcome.name())
			.tag("municipality", municipality == null ? "unknown" : municipality)
			.register(registry)
			.increment();
	}

	/** A referral reached a status; {@code outcome} is its outcome when completed, else "none". */
	public void referralChanged(String status, String outcome, String municipality) {
		Counter.builder("tsunagu.referral.changes")
			.description("Referral status changes, by the status reached")
			.tag("status", status)
			.tag("outcome", outcome == null ? "none" : outcome)
			.tag("municipality", municipality == null ? "unknown" : municipality)
			.register(registry)
			.increment();
	}

	public void accepted(Duration sinceRequest) {
		Timer.builder("tsunagu.referral.time.to.accept")
			.description("From a referral's request to its acceptance")
			.register(registry)
			.record(sinceRequest);
	}
}
