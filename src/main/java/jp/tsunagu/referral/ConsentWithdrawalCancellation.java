package jp.tsunagu.referral;

import java.util.Map;

import jp.tsunagu.household.ConsentWithdrawal;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.notification.EventKind;
import jp.tsunagu.notification.Outbox;
import jp.tsunagu.notification.OutboxEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A withdrawn consent cancels the household's pending referrals (draft, requested, received) to every organisation
 * no active consent to referral names any more (reason CONSENT_WITHDRAWN), and publishes CONSENT_WITHDRAWN for the
 * organisations the consent named and the record holder, and REFERRAL_CHANGED for each referral cancelled.
 */
@Component
class ConsentWithdrawalCancellation implements ConsentWithdrawal {

	private final ReferralWrites writes;

	private final ReferralQueries queries;

	private final ReferralEvents events;

	private final Outbox outbox;

	ConsentWithdrawalCancellation(ReferralWrites writes, ReferralQueries queries, ReferralEvents events, Outbox outbox) {
		this.writes = writes;
		this.queries = queries;
		this.events = events;
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> withdrawn(HouseholdAccess access, String householdId, String consentId) {
		Mono<Void> announced = queries.consentAudience(consentId)
			.flatMap(audience -> outbox.append(new OutboxEvent(EventKind.CONSENT_WITHDRAWN, audience.organizationIds(),
					audience.municipalityCodes(), householdId, Map.of("consentId", consentId, "scope", audience.scope()))));
		return announced.then(writes.cancelUnconsented(householdId, access.caller().username()))
			.flatMapMany(Flux::fromIterable)
			.concatMap(events::changed)
			.then();
	}
}
