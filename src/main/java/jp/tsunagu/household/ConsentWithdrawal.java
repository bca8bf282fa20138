package jp.tsunagu.household;

import reactor.core.publisher.Mono;

/**
 * What other features do when a household withdraws a consent, inside the transaction of the withdrawal (after it is
 * written), so that the withdrawal and its consequences commit together or not at all.
 */
public interface ConsentWithdrawal {

	Mono<Void> withdrawn(HouseholdAccess access, String householdId, String consentId);
}
