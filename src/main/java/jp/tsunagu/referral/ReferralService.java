package jp.tsunagu.referral;

import java.util.List;
import java.util.Objects;

import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdAudit;
import jp.tsunagu.household.HouseholdValidation;
import jp.tsunagu.household.Protection;
import jp.tsunagu.organization.OrganizationQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Referrals (つなぎ): a coordinator refers a household they may see to another organisation that the household's
 * consent to referral names; that organisation accepts or declines. Checked in full before anything is written,
 * and recorded in the audit log with the write.
 */
@Service
class ReferralService {

	record ReferHouseholdInput(String householdId, String organizationId) {
	}

	record RespondToReferralInput(String referralId, Boolean accept) {
	}

	record ReferralPayload(Referral referral, List<UserError> errors) {
	}

	private final ReferralQueries referrals;

	private final OrganizationQueries organizations;

	private final HouseholdValidation checks;

	private final HouseholdAudit audit;

	private final TransactionalOperator transaction;

	ReferralService(ReferralQueries referrals, OrganizationQueries organizations, HouseholdValidation checks,
			HouseholdAudit audit, TransactionalOperator transaction) {
		this.referrals = referrals;
		this.organizations = organizations;
		this.checks = checks;
		this.audit = audit;
		this.transaction = transaction;
	}

	Mono<ReferralPayload> refer(HouseholdAccess access, ReferHouseholdInput input) {
		String from = access.caller().organizationId();
		String to = input.organizationId();
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			errors.required("organizationId", to);
			if (from == null) {
				errors.add("input", "your account names no organisation to refer from");
			}
			else if (from.equals(to)) {
				errors.add("organizationId", "is your own organisation");
			}
			Mono<Void> household = checks.changeable(access, errors, "householdId", input.householdId())
				.doOnNext(found -> {
					if (found.protection() != Protection.NONE) {
						errors.add("householdId", "a DV or crime-victim household is not referred through the hub, "
								+ "so that no other organisation learns of it; its supporters contact the organisation directly");
					}
				})
				.then();
			Mono<Void> target = to == null || to.isBlank() ? Mono.empty()
					: organizations.byId(to)
						.doOnNext(organization -> {
							if (organization.archived()) {
								errors.add("organizationId", "organisation " + to + " is archived");
							}
						})
						.switchIfEmpty(Mono.fromRunnable(() -> errors.add("organizationId", "no organisation with id " + to)))
						.then();
			Mono<Void> consented = Mono.defer(() -> !errors.isEmpty() ? Mono.empty()
					: referrals.consentToRefer(input.householdId(), to).doOnNext(yes -> {
						if (!yes) {
							errors.add("organizationId",
									"the household has no active consent to referral (REFERRAL) naming this organisation");
						}
					}).then());
			Mono<Void> notTwice = Mono.defer(() -> !errors.isEmpty() ? Mono.empty()
					: referrals.open(input.householdId(), to).doOnNext(open -> {
						if (open) {
							errors.add("organizationId", "a referral to this organisation is already pending or accepted");
						}
					}).then());
			return Flux.concat(household, target, consented, notTwice)
				.then(Mono.defer(() -> errors.isEmpty()
						? written(access, referrals.create(input.householdId(), from, to, access.caller().username()))
						: failure(errors)));
		}));
	}

	Mono<ReferralPayload> respond(HouseholdAccess access, RespondToReferralInput input) {
		String organizationId = access.caller().organizationId();
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			errors.required("accept", input.accept());
			if (input.referralId() == null || input.referralId().isBlank()) {
				errors.required("referralId", input.referralId());
				return failure(errors);
			}
			return referrals.byId(input.referralId(), organizationId)
				.filter(referral -> Objects.equals(referral.to().id(), organizationId))
				.switchIfEmpty(Mono.fromRunnable(() -> errors.add("referralId",
						"no referral with id " + input.referralId() + " to your organisation")))
				.doOnNext(referral -> {
					if (referral.status() != ReferralStatus.PENDING) {
						errors.add("referralId", "was already " + referral.status().name().toLowerCase());
					}
				})
				.then(Mono.defer(() -> errors.isEmpty() ? written(access, referrals.respond(input.referralId(),
						input.accept() ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED, access.caller().username()))
						: failure(errors)));
		}));
	}

	private Mono<ReferralPayload> written(HouseholdAccess access, Mono<Referral> write) {
		return write.switchIfEmpty(Mono.error(() -> new IllegalStateException("a checked referral write matched nothing")))
			.flatMap(referral -> audit.written(access, referral.householdId())
				.thenReturn(new ReferralPayload(referral, List.of())));
	}

	private static Mono<ReferralPayload> failure(UserErrors errors) {
		return Mono.just(new ReferralPayload(null, errors.list()));
	}
}
