package jp.tsunagu.casework;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The contact log as other features write to it, inside their own checked and audited write: a completed referral
 * records the receiving organisation's contact with the household.
 */
@Component
public class ContactLog {

	private final ContactWrites writes;

	private final CaseworkMetrics metrics;

	ContactLog(ContactWrites writes, CaseworkMetrics metrics) {
		this.writes = writes;
		this.metrics = metrics;
	}

	/** Records the contact; the caller has checked the household and the organisation. Returns the contact's id. */
	public Mono<String> record(String householdId, String organizationId, ContactKind kind, OffsetDateTime at,
			ContactOutcome outcome, String note, String username) {
		return writes.record(householdId, organizationId, null, kind, at, outcome, note, username)
			.doOnNext(written -> metrics.contactRecorded(kind, outcome, written.municipality()))
			.map(written -> written.contact().id());
	}
}
