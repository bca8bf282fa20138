package jp.tsunagu.person;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.person.PersonInputs.CreatePersonInput;
import jp.tsunagu.person.PersonInputs.PersonPayload;
import jp.tsunagu.person.PersonInputs.UpdatePersonInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Creates, changes and archives people. Each mutation validates its input in full, then writes in
 * the same transaction; a payload with errors means nothing was written.
 */
@Service
class PersonService {

	private final PersonValidation checks;

	private final PersonWrites writes;

	private final TransactionalOperator transaction;

	PersonService(PersonValidation checks, PersonWrites writes, TransactionalOperator transaction) {
		this.checks = checks;
		this.writes = writes;
		this.transaction = transaction;
	}

	Mono<PersonPayload> create(CreatePersonInput input) {
		UserErrors errors = new UserErrors();
		PersonValidation.name(errors, input.name());
		errors.required("kind", input.kind());
		if (Boolean.TRUE.equals(input.chiefChildCommissioner())) {
			PersonValidation.onlyForVolunteers(errors, "chiefChildCommissioner", input.kind());
		}
		if (input.commissionerCouncilId() != null) {
			PersonValidation.onlyForVolunteers(errors, "commissionerCouncilId", input.kind());
		}
		Mono<UserErrors> checked = checks.commissionerCouncil(errors, input.commissionerCouncilId());
		return transaction.transactional(PersonPayload.writeIfValid(checked, () -> writes.create(input)));
	}

	Mono<PersonPayload> update(UpdatePersonInput input) {
		Mono<UserErrors> checked = checks.person(input.id()).flatMap(found -> {
			UserErrors errors = new UserErrors();
			PersonKind kind = PersonValidation.expect(errors, "id", input.id(), found, null).map(Person::kind).orElse(null);
			if (input.name() != null) {
				PersonValidation.name(errors, input.name());
			}
			if (input.chiefChildCommissioner() != null) {
				PersonValidation.onlyForVolunteers(errors, "chiefChildCommissioner", kind);
			}
			if (input.commissionerCouncilId() != null) {
				PersonValidation.onlyForVolunteers(errors, "commissionerCouncilId", kind);
			}
			return checks.commissionerCouncil(errors, input.commissionerCouncilId());
		});
		return transaction.transactional(PersonPayload.writeIfValid(checked, () -> writes.update(input)));
	}

	Mono<PersonPayload> archive(String id) {
		return transaction.transactional(writes.archive(id)
			.map(PersonPayload::success)
			.switchIfEmpty(Mono.fromSupplier(
					() -> PersonPayload.failure(new UserErrors().add("id", "no person with id " + id)))));
	}
}
