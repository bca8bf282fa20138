package jp.tsunagu.person;

import java.util.Optional;
import java.util.regex.Pattern;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.AreaKind;
import jp.tsunagu.area.AreaQueries;
import jp.tsunagu.area.Areas;
import jp.tsunagu.organization.OrganizationKind;
import jp.tsunagu.organization.OrganizationQueries;
import jp.tsunagu.organization.ResidentGroupType;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The checks the person mutations share; each adds its findings to the errors it is given. */
@Component
class PersonValidation {

	private static final int MAX_NAME = 200;

	// The hub keeps names only; an e-mail address or phone number typed into a name must not slip in.
	private static final Pattern CONTACT_DETAILS = Pattern.compile(".*(@|\\d{2,5}-\\d{1,4}-\\d{3,4}|\\d{10,}).*");

	private final PersonQueries people;

	private final OrganizationQueries organizations;

	private final AreaQueries areas;

	PersonValidation(PersonQueries people, OrganizationQueries organizations, AreaQueries areas) {
		this.people = people;
		this.organizations = organizations;
		this.areas = areas;
	}

	Mono<Optional<Person>> person(String id) {
		return people.byId(id).map(Optional::of).defaultIfEmpty(Optional.empty());
	}

	static void name(UserErrors errors, String name) {
		errors.required("name", name).maxLength("name", name, MAX_NAME).cleanText("name", name, false);
		if (name != null && CONTACT_DETAILS.matcher(name).matches()) {
			errors.add("name", "must be a name only; the hub does not store contact details");
		}
	}

	/**
	 * Adds an error unless the person exists and, when {@code kind} is given, is of that kind.
	 * @return the person when it exists
	 */
	static Optional<Person> expect(UserErrors errors, String field, String id, Optional<Person> found,
			PersonKind kind) {
		if (found.isEmpty()) {
			errors.add(field, "no person with id " + id);
		}
		else if (kind != null && found.get().kind() != kind) {
			errors.add(field, "must be a " + kind + " (" + kind.labelJa() + "), this person is "
					+ found.get().kind());
		}
		return found;
	}

	static void onlyForVolunteers(UserErrors errors, String field, PersonKind kind) {
		if (kind != null && kind != PersonKind.COMMISSIONED_VOLUNTEER) {
			errors.add(field, "applies only to COMMISSIONED_VOLUNTEER (民生委員・児童委員), this person is " + kind);
		}
	}

	Mono<UserErrors> commissionerCouncil(UserErrors errors, String id) {
		if (id == null) {
			return Mono.just(errors);
		}
		return organizations.byId(id).map(council -> {
			if (council.kind() != OrganizationKind.RESIDENT_GROUP
					|| council.groupType() != ResidentGroupType.COMMISSIONER_COUNCIL) {
				errors.add("commissionerCouncilId",
						"must be a 民生委員児童委員協議会 (RESIDENT_GROUP with groupType COMMISSIONER_COUNCIL), \""
								+ council.name() + "\" is not");
			}
			else if (council.archived()) {
				errors.add("commissionerCouncilId", "\"" + council.name() + "\" is archived");
			}
			return errors;
		}).switchIfEmpty(Mono.fromSupplier(() -> errors.add("commissionerCouncilId", "no organisation with id " + id)));
	}

	Mono<UserErrors> organization(UserErrors errors, String field, String id) {
		return organizations.byId(id)
			.map(organization -> organization.archived()
					? errors.add(field, "\"" + organization.name() + "\" is archived") : errors)
			.switchIfEmpty(Mono.fromSupplier(() -> errors.add(field, "no organisation with id " + id)));
	}

	Mono<UserErrors> district(UserErrors errors, String field, String code) {
		return Areas.require(areas.byCode(code), code, errors, field)
			.map(area -> area.kind() == AreaKind.DISTRICT ? errors
					: errors.add(field, "must be a district (地区), " + code + " is a " + area.kind()))
			.defaultIfEmpty(errors);
	}
}
