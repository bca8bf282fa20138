package jp.tsunagu.person;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.person.PersonInputs.AddStaffAssignmentInput;
import jp.tsunagu.person.PersonInputs.PersonPayload;
import jp.tsunagu.person.PersonInputs.RemoveStaffAssignmentInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Records which organisations staff members work for, and in which role. */
@Service
class EmploymentService {

	private final PersonValidation checks;

	private final PersonQueries queries;

	private final PersonWrites writes;

	private final TransactionalOperator transaction;

	EmploymentService(PersonValidation checks, PersonQueries queries, PersonWrites writes,
			TransactionalOperator transaction) {
		this.checks = checks;
		this.queries = queries;
		this.writes = writes;
		this.transaction = transaction;
	}

	Mono<PersonPayload> add(AddStaffAssignmentInput input) {
		Mono<UserErrors> checked = checks.person(input.personId()).flatMap(found -> {
			UserErrors errors = new UserErrors();
			PersonValidation.expect(errors, "personId", input.personId(), found, PersonKind.STAFF);
			errors.required("role", input.role());
			return checks.organization(errors, "organizationId", input.organizationId());
		});
		return transaction.transactional(PersonPayload.writeIfValid(checked, () -> writes.addStaffAssignment(input)));
	}

	Mono<PersonPayload> remove(RemoveStaffAssignmentInput input) {
		Mono<UserErrors> checked = checks.person(input.personId()).flatMap(found -> {
			UserErrors errors = new UserErrors();
			if (PersonValidation.expect(errors, "personId", input.personId(), found, null).isEmpty()) {
				return Mono.just(errors);
			}
			return queries.worksFor(input.personId(), input.organizationId())
				.map(works -> works ? errors : errors.add("organizationId",
						"the person does not work for the organisation with id " + input.organizationId()));
		});
		return transaction.transactional(PersonPayload.writeIfValid(checked,
				() -> writes.removeStaffAssignment(input.personId(), input.organizationId())));
	}
}
