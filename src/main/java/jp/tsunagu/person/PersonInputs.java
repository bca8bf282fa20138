package jp.tsunagu.person;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import reactor.core.publisher.Mono;

/** The GraphQL inputs and payload of the person feature, bound by name. */
final class PersonInputs {

	private PersonInputs() {
	}

	record PersonFilter(PersonKind kind, StaffRole role, String organizationId, String area, String text,
			Boolean includeArchived) {

		static final PersonFilter NONE = new PersonFilter(null, null, null, null, null, false);
	}

	record CreatePersonInput(String name, PersonKind kind, Boolean chiefChildCommissioner,
			String commissionerCouncilId) {
	}

	record UpdatePersonInput(String id, String name, Boolean chiefChildCommissioner, String commissionerCouncilId) {
	}

	record AssignVolunteerInput(String personId, String districtCode, LocalDate since) {
	}

	record UnassignVolunteerInput(String personId, String districtCode) {
	}

	record AddStaffAssignmentInput(String personId, String organizationId, StaffRole role, LocalDate since) {
	}

	record RemoveStaffAssignmentInput(String personId, String organizationId) {
	}

	record PersonPayload(Person person, List<UserError> errors) {

		static PersonPayload success(Person person) {
			return new PersonPayload(person, List.of());
		}

		static PersonPayload failure(UserErrors errors) {
			return new PersonPayload(null, errors.list());
		}

		/** Runs the write only when the checks found nothing; otherwise reports what they found. */
		static Mono<PersonPayload> writeIfValid(Mono<UserErrors> checks, Supplier<Mono<Person>> write) {
			return checks.flatMap(errors -> errors.isEmpty() ? write.get().map(PersonPayload::success)
					: Mono.just(failure(errors)));
		}
	}
}
