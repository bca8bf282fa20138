package jp.tsunagu.household;

import java.util.LinkedHashSet;
import java.util.List;

import jp.tsunagu.household.HouseholdInputs.GiveConsentInput;
import jp.tsunagu.household.HouseholdInputs.WithdrawConsentInput;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Records a household's consent (本人の同意) and its withdrawal. */
@Service
class ConsentService {

	private final HouseholdQueries queries;

	private final HouseholdValidation checks;

	private final CheckedWrite checkedWrite;

	private final List<ConsentWithdrawal> consequences;

	ConsentService(HouseholdQueries queries, HouseholdValidation checks, CheckedWrite checkedWrite,
			List<ConsentWithdrawal> consequences) {
		this.queries = queries;
		this.checks = checks;
		this.checkedWrite = checkedWrite;
		this.consequences = List.copyOf(consequences);
	}

	Mono<HouseholdPayload> give(HouseholdAccess access, GiveConsentInput input) {
		List<String> organizationIds = input.organizationIds() == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(input.organizationIds()));
		return checkedWrite.run(access, errors -> {
			errors.required("scope", input.scope());
			HouseholdValidation.notInFuture(errors, "givenAt", input.givenAt());
			if (organizationIds.isEmpty()) {
				errors.add("organizationIds", "must name at least one organisation the consent covers");
			}
			Mono<Void> organizationsUsable = organizationIds.isEmpty() ? Mono.empty()
					: queries.unusableOrganizations(organizationIds)
						.doOnNext(unusable -> unusable.forEach(organization -> errors.add("organizationIds",
								organization.archived() ? "organisation " + organization.id() + " is archived"
										: "no organisation with id " + organization.id())))
						.then();
			Mono<Void> holder = Mono.defer(() -> errors.isEmpty()
					? checks.heldByCaller(access, errors, "householdId", input.householdId(), "record its consent")
					: Mono.empty());
			return Flux.concat(checks.changeable(access, errors, "householdId", input.householdId()), organizationsUsable,
					holder);
		}, () -> queries.giveConsent(input, organizationIds));
	}

	Mono<HouseholdPayload> withdraw(HouseholdAccess access, WithdrawConsentInput input) {
		return checkedWrite.run(access, errors -> {
			if (input.consentId() == null || input.consentId().isBlank()) {
				errors.required("consentId", input.consentId());
				return Mono.empty();
			}
			return queries.consentWithHousehold(access, input.consentId())
				.switchIfEmpty(Mono.fromRunnable(() -> errors.add("consentId", "no consent with id " + input.consentId())))
				.doOnNext(found -> {
					if (!found.consent().active()) {
						errors.add("consentId",
								"was already withdrawn at " + found.consent().withdrawnAt().toOffsetDateTime());
					}
					HouseholdValidation.stillChangeable(errors, "consentId", found.household());
				})
				.flatMap(found -> checks.heldByCaller(access, errors, "consentId", found.household().id(),
						"record the withdrawal of its consent"));
		}, () -> queries.withdrawConsent(input.consentId())
			.flatMap(household -> Flux.fromIterable(consequences)
				.concatMap(consequence -> consequence.withdrawn(access, household.id(), input.consentId()))
				.then(Mono.just(household))));
	}
}
