package jp.tsunagu.household;

import java.time.LocalDate;
import java.util.Optional;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.household.HouseholdInputs.AddSupportInput;
import jp.tsunagu.household.HouseholdInputs.RemoveSupportInput;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Records who supports a household (支援) and when they last were in contact. */
@Service
class SupportService {

	private final HouseholdQueries queries;

	private final HouseholdValidation checks;

	private final CheckedWrite checkedWrite;

	SupportService(HouseholdQueries queries, HouseholdValidation checks, CheckedWrite checkedWrite) {
		this.queries = queries;
		this.checks = checks;
		this.checkedWrite = checkedWrite;
	}

	Mono<HouseholdPayload> add(HouseholdAccess access, AddSupportInput input) {
		return checkedWrite.run(access, errors -> {
			HouseholdValidation.notInFuture(errors, "since", input.since());
			HouseholdValidation.notInFuture(errors, "lastContact", input.lastContact());
			Mono<Void> datesInOrder = checks.changeable(access, errors, "householdId", input.householdId())
				.flatMap(household -> queries.support(household.id(), input.supporterId()))
				.mapNotNull(Support::since)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.doOnNext(recordedSince -> contactNotBeforeSince(errors,
						input.since() != null ? input.since() : recordedSince.orElse(null), input.lastContact()))
				.then();
			boolean themselves = input.supporterId() != null && (input.supporterId().equals(access.caller().organizationId())
					|| input.supporterId().equals(access.caller().personId()));
			Mono<Void> holder = themselves ? Mono.empty()
					: Mono.defer(() -> errors.isEmpty() ? checks.heldByCaller(access, errors, "supporterId",
							input.householdId(), "record another organisation's or person's support") : Mono.empty());
			return Flux.concat(datesInOrder, supporterUsable(errors, input.supporterId()), holder);
		}, () -> queries.addSupport(input));
	}

	Mono<HouseholdPayload> remove(HouseholdAccess access, RemoveSupportInput input) {
		return checkedWrite.run(access, errors -> {
			errors.required("supporterId", input.supporterId());
			return checks.changeable(access, errors, "householdId", input.householdId())
				.filter(household -> input.supporterId() != null)
				.flatMap(household -> queries.support(household.id(), input.supporterId()).hasElement())
				.doOnNext(supports -> {
					if (!supports) {
						errors.add("supporterId", input.supporterId() + " does not support this household");
					}
				});
		}, () -> queries.removeSupport(input.householdId(), input.supporterId()));
	}

	private Mono<Void> supporterUsable(UserErrors errors, String supporterId) {
		if (supporterId == null || supporterId.isBlank()) {
			errors.required("supporterId", supporterId);
			return Mono.empty();
		}
		return queries.supporterArchived(supporterId)
			.switchIfEmpty(Mono.fromRunnable(
					() -> errors.add("supporterId", "no organisation or person with id " + supporterId)))
			.doOnNext(archived -> {
				if (archived) {
					errors.add("supporterId", supporterId + " is archived");
				}
			})
			.then();
	}

	private static void contactNotBeforeSince(UserErrors errors, LocalDate since, LocalDate lastContact) {
		if (since != null && lastContact != null && lastContact.isBefore(since)) {
			errors.add("lastContact", "must not be before since (" + since + "), was " + lastContact);
		}
	}
}
