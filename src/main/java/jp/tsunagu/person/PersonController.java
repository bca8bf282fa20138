package jp.tsunagu.person;

import java.util.List;
import java.util.Map;

import jp.tsunagu.api.ArchiveInput;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.PersonInputs.AddStaffAssignmentInput;
import jp.tsunagu.person.PersonInputs.AssignVolunteerInput;
import jp.tsunagu.person.PersonInputs.CreatePersonInput;
import jp.tsunagu.person.PersonInputs.PersonFilter;
import jp.tsunagu.person.PersonInputs.PersonPayload;
import jp.tsunagu.person.PersonInputs.RemoveStaffAssignmentInput;
import jp.tsunagu.person.PersonInputs.UnassignVolunteerInput;
import jp.tsunagu.person.PersonInputs.UpdatePersonInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class PersonController {

	private final PersonQueries queries;

	private final PersonService people;

	private final DistrictAssignmentService districts;

	private final EmploymentService employment;

	PersonController(PersonQueries queries, PersonService people, DistrictAssignmentService districts,
			EmploymentService employment) {
		this.queries = queries;
		this.people = people;
		this.districts = districts;
		this.employment = employment;
	}

	@QueryMapping
	Mono<Person> person(@Argument String id) {
		return queries.byId(id);
	}

	@QueryMapping
	Mono<Connection<Person>> people(@Argument PersonFilter filter, @Argument Integer first, @Argument String after) {
		return queries.list(filter, PageRequest.of(first, after));
	}

	@BatchMapping
	Mono<Map<Person, List<Area>>> assignedDistricts(List<Person> people) {
		return queries.assignedDistricts(people);
	}

	@BatchMapping
	Mono<Map<Person, Organization>> commissionerCouncil(List<Person> people) {
		return queries.commissionerCouncils(people);
	}

	@BatchMapping
	Mono<Map<Person, List<StaffAssignment>>> employment(List<Person> people) {
		return queries.employment(people);
	}

	@BatchMapping(typeName = "Organization")
	Mono<Map<Organization, List<StaffAssignment>>> staff(List<Organization> organizations) {
		return queries.staff(organizations);
	}

	@MutationMapping
	Mono<PersonPayload> createPerson(@Argument CreatePersonInput input) {
		return people.create(input);
	}

	@MutationMapping
	Mono<PersonPayload> updatePerson(@Argument UpdatePersonInput input) {
		return people.update(input);
	}

	@MutationMapping
	Mono<PersonPayload> archivePerson(@Argument ArchiveInput input) {
		return people.archive(input.id());
	}

	@MutationMapping
	Mono<PersonPayload> assignVolunteer(@Argument AssignVolunteerInput input) {
		return districts.assign(input);
	}

	@MutationMapping
	Mono<PersonPayload> unassignVolunteer(@Argument UnassignVolunteerInput input) {
		return districts.unassign(input);
	}

	@MutationMapping
	Mono<PersonPayload> addStaffAssignment(@Argument AddStaffAssignmentInput input) {
		return employment.add(input);
	}

	@MutationMapping
	Mono<PersonPayload> removeStaffAssignment(@Argument RemoveStaffAssignmentInput input) {
		return employment.remove(input);
	}
}
