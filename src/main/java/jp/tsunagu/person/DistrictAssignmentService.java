package jp.tsunagu.person;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.person.PersonInputs.AssignVolunteerInput;
import jp.tsunagu.person.PersonInputs.PersonPayload;
import jp.tsunagu.person.PersonInputs.UnassignVolunteerInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Assigns 民生委員・児童委員 to their districts (担当地区) and takes them off again. */
@Service
class DistrictAssignmentService {

	private final PersonValidation checks;

	private final PersonQueries queries;

	private final PersonWrites writes;

	private final TransactionalOperator transaction;

	DistrictAssignmentService(PersonValidation checks, PersonQueries queries, PersonWrites writes,
			TransactionalOperator transaction) {
		this.checks = checks;
		this.queries = queries;
		this.writes = writes;
		this.transaction = transaction;
	}

	Mono<PersonPayload> assign(AssignVolunteerInput input) {
		Mono<UserErrors> checked = checks.person(input.personId()).flatMap(found -> {
			UserErrors errors = new UserErrors();
			PersonValidation.expect(errors, "personId", input.personId(), found, PersonKind.COMMISSIONED_VOLUNTEER);
			return checks.district(errors, "districtCode", input.districtCode());
		});
		return transaction.transactional(PersonPayload.writeIfValid(checked, () -> writes.assign(input)));
	}

	Mono<PersonPayload> unassign(UnassignVolunteerInput input) {
		Mono<UserErrors> checked = checks.person(input.personId()).flatMap(found -> {
			UserErrors errors = new UserErrors();
			if (PersonValidation.expect(errors, "personId", input.personId(), found, PersonKind.COMMISSIONED_VOLUNTEER)
				.isEmpty()) {
				return Mono.just(errors);
			}
			return queries.isAssigned(input.personId(), input.districtCode())
				.map(assigned -> assigned ? errors
						: errors.add("districtCode", "the person is not assigned to " + input.districtCode()));
		});
		return transaction.transactional(PersonPayload.writeIfValid(checked,
				() -> writes.unassign(input.personId(), input.districtCode())));
	}
}
