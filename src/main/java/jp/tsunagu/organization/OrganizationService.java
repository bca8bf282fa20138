package jp.tsunagu.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.Areas;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.graph.MissingReferences;
import jp.tsunagu.graph.MissingReferences.Kind;
import jp.tsunagu.notification.EventKind;
import jp.tsunagu.notification.OutboxEvent;
import jp.tsunagu.notification.OutboxWrites;
import jp.tsunagu.organization.OrganizationInputs.AddCollaborationInput;
import jp.tsunagu.organization.OrganizationInputs.CreateOrganizationInput;
import jp.tsunagu.organization.OrganizationInputs.RemoveCollaborationInput;
import jp.tsunagu.organization.OrganizationInputs.UpdateOrganizationInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Validates each organisation mutation in full, then writes it in one transaction; a payload with
 * errors means nothing was written.
 */
@Service
class OrganizationService {

	private static final int MAX_NAME = 200;

	private static final int MAX_TEXT = 4000;

	private final OrganizationQueries queries;

	private final MissingReferences references;

	private final Areas areas;

	private final TransactionalOperator transaction;

	private final OutboxWrites outbox;

	OrganizationService(OrganizationQueries queries, MissingReferences references, Areas areas,
			TransactionalOperator transaction, OutboxWrites outbox) {
		this.queries = queries;
		this.outbox = outbox;
		this.references = references;
		this.areas = areas;
		this.transaction = transaction;
	}

	Mono<OrganizationPayload> create(CreateOrganizationInput given) {
		UserErrors errors = new UserErrors();
		cleanTexts(errors, given.name(), given.nameKana(), given.description());
		CreateOrganizationInput input = given.cleaned();
		errors.required("name", given.name())
			.maxLength("name", input.name(), MAX_NAME)
			.maxLength("nameKana", input.nameKana(), MAX_NAME)
			.maxLength("description", input.description(), MAX_TEXT)
			.required("locationCode", input.locationCode());
		checkKindAttributes(errors, input.kind(), input.councilLevel(), input.facilityField(), input.agencyType(),
				input.groupType(), input.operatorId(), true);
		checkCorporateNumberFormat(errors, input.corporateNumber());
		Mono<OrganizationPayload> write = queries.lockArea(input.locationCode())
			.then(checkReferences(errors, null, input.name(), input.locationCode(), input.servedAreaCodes(),
					input.fieldCodes(), input.operatorId(), input.corporateNumber()))
			.flatMap(all -> all.isEmpty() ? queries.create(input).map(OrganizationService::success)
					: Mono.just(failure(all)));
		return transaction.transactional(write);
	}

	/**
	 * The areas an organisation serves decide which households its coordinators may see, so only an administrator
	 * changes them.
	 */
	Mono<OrganizationPayload> update(UpdateOrganizationInput given, Caller caller) {
		UpdateOrganizationInput input = given.cleaned();
		return transaction.transactional(queries.lockArea(input.locationCode()).then(queries.byId(input.id())).flatMap(existing -> {
			UserErrors errors = new UserErrors();
			cleanTexts(errors, given.name(), given.nameKana(), given.description());
			if (input.servedAreaCodes() != null && !caller.hasAnyRole(Role.ADMINISTRATOR)) {
				errors.add("servedAreaCodes", "only an administrator changes the areas an organisation serves "
						+ "(they decide which households its coordinators see)");
			}
			if (input.name() != null) {
				errors.required("name", given.name()).maxLength("name", input.name(), MAX_NAME);
			}
			errors.maxLength("nameKana", input.nameKana(), MAX_NAME)
				.maxLength("description", input.description(), MAX_TEXT);
			checkKindAttributes(errors, existing.kind(), input.councilLevel(), input.facilityField(),
					input.agencyType(), input.groupType(), input.operatorId(), false);
			checkCorporateNumberFormat(errors, input.corporateNumber());
			return checkReferences(errors, existing.id(), input.name(), input.locationCode(), input.servedAreaCodes(),
					input.fieldCodes(), input.operatorId(), input.corporateNumber())
				.flatMap(all -> all.isEmpty() ? queries.update(input)
					.flatMap(updated -> renamed(existing, updated) ? announce(updated.id(), "MEMBER_RENAMED").thenReturn(updated)
							: Mono.just(updated))
					.map(OrganizationService::success) : Mono.just(failure(all)));
		}).switchIfEmpty(Mono.fromSupplier(() -> failure(notFound("id", input.id())))));
	}

	Mono<OrganizationPayload> archive(String id) {
		return transaction.transactional(queries.archive(id)
			.flatMap(archived -> announce(archived.id(), "MEMBER_ARCHIVED").thenReturn(archived))
			.map(OrganizationService::success)
			.switchIfEmpty(Mono.fromSupplier(() -> failure(notFound("id", id)))));
	}

	Mono<CollaborationPayload> addCollaboration(AddCollaborationInput input) {
		UserErrors errors = new UserErrors();
		errors.maxLength("note", input.note(), MAX_TEXT).maxLength("evidence", input.evidence(), MAX_TEXT);
		if (Objects.equals(input.organizationId(), input.partnerId())) {
			errors.add("partnerId", "must be another organisation than organizationId");
		}
		Mono<CollaborationPayload> write = missingOrganizations(errors, input.organizationId(), input.partnerId())
			.flatMap(checked -> checked.isEmpty()
					? queries.collaborationExists(input.organizationId(), input.partnerId(), input.kind())
						.map(exists -> exists ? checked.add("kind",
								"these organisations already have a " + input.kind() + " tie; remove it first to change it")
								: checked)
					: Mono.just(checked))
			.flatMap(checked -> checked.isEmpty()
					? queries.addCollaboration(input).map(c -> new CollaborationPayload(c, List.of()))
					: Mono.just(new CollaborationPayload(null, checked.list())));
		return transaction.transactional(write);
	}

	Mono<CollaborationPayload> removeCollaboration(RemoveCollaborationInput input) {
		return transaction.transactional(queries.removeCollaboration(input)
			.map(c -> new CollaborationPayload(c, List.of()))
			.switchIfEmpty(Mono.fromSupplier(() -> new CollaborationPayload(null, new UserErrors()
				.add("kind", "no " + input.kind() + " tie between these organisations")
				.list()))));
	}

	private static boolean renamed(Organization before, Organization after) {
		return !Objects.equals(before.name(), after.name());
	}

	/**
	 * NETWORK_CHANGED, in the transaction of the change, for each network the organisation is a member of: the
	 * network shows it (its name) and counts it among its members. To the members and the areas covered, as a
	 * network's own changes.
	 */
	private Mono<Void> announce(String organizationId, String change) {
		return queries.memberNetworks(organizationId)
			.concatMap(network -> outbox.append(new OutboxEvent(EventKind.NETWORK_CHANGED, network.organizationIds(),
					network.areaCodes(), null,
					Map.of("networkId", network.networkId(), "change", change, "memberId", organizationId))))
			.then();
	}

	private static void cleanTexts(UserErrors errors, String name, String nameKana, String description) {
		errors.cleanText("name", name, false).cleanText("nameKana", nameKana, false).cleanText("description", description, true);
	}

	private Mono<UserErrors> missingOrganizations(UserErrors errors, String organizationId, String partnerId) {
		return references.missing(Kind.ORGANIZATION, List.of(organizationId, partnerId)).map(missing -> {
			if (missing.contains(organizationId)) {
				errors.add("organizationId", "no organisation with id " + organizationId);
			}
			if (missing.contains(partnerId)) {
				errors.add("partnerId", "no organisation with id " + partnerId);
			}
			return errors;
		});
	}

	private Mono<UserErrors> checkReferences(UserErrors errors, String exceptId, String name, String locationCode,
			List<String> servedAreaCodes, List<String> fieldCodes, String operatorId, String corporateNumber) {
		List<Mono<UserErrors>> checks = new ArrayList<>();
		if (locationCode != null && !locationCode.isBlank()) {
			checks.add(areas.requireAll(List.of(locationCode), errors, "locationCode"));
			if (name != null && !name.isBlank()) {
				checks.add(queries.sameNameAt(name.strip(), locationCode, exceptId)
					.map(other -> other.equals(name.strip()) ? errors.add("name",
							"an organisation named \"" + name.strip() + "\" already exists in " + locationCode)
							: errors.add("name", "「" + other + "」が同じ地域に登録されています（同じ名前の表記ちがい）",
									"\"" + other + "\", the same name written another way, is registered in " + locationCode))
					.defaultIfEmpty(errors));
			}
		}
		checks.add(areas.requireAll(servedAreaCodes, errors, "servedAreaCodes"));
		checks.add(references.missing(Kind.FIELD, fieldCodes)
			.map(missing -> missing.isEmpty() ? errors
					: errors.add("fieldCodes", "no field with code " + String.join(", ", missing))));
		if (operatorId != null) {
			checks.add(queries.byId(operatorId)
				.map(operator -> operator.kind() == OrganizationKind.SOCIAL_WELFARE_CORPORATION ? errors
						: errors.add("operatorId", "must be a social welfare corporation (社会福祉法人), was "
								+ operator.kind()))
				.switchIfEmpty(Mono.fromSupplier(() -> errors.add("operatorId", "no organisation with id " + operatorId))));
		}
		if (corporateNumber != null && CorporateNumber.problem(corporateNumber).isEmpty()) {
			checks.add(queries.corporateNumberHolder(corporateNumber, exceptId)
				.map(holder -> holder.map(other -> errors.add("corporateNumber",
						"is already the number of \"" + other + "\""))
					.orElse(errors)));
		}
		return Flux.concat(checks).then(Mono.just(errors));
	}

	private static void checkKindAttributes(UserErrors errors, OrganizationKind kind, CouncilLevel councilLevel,
			FacilityField facilityField, AgencyType agencyType, ResidentGroupType groupType, String operatorId,
			boolean creating) {
		if (kind == null) {
			errors.required("kind", null);
			return;
		}
		attribute(errors, "councilLevel", councilLevel, kind, OrganizationKind.COUNCIL, creating);
		attribute(errors, "facilityField", facilityField, kind, OrganizationKind.FACILITY, creating);
		attribute(errors, "agencyType", agencyType, kind, OrganizationKind.SUPPORT_AGENCY, creating);
		attribute(errors, "groupType", groupType, kind, OrganizationKind.RESIDENT_GROUP, creating);
		if (operatorId != null && kind != OrganizationKind.FACILITY) {
			errors.add("operatorId", "only a facility (FACILITY) has an operating corporation, this is " + kind);
		}
	}

	private static void attribute(UserErrors errors, String field, Object value, OrganizationKind kind,
			OrganizationKind owner, boolean creating) {
		if (kind == owner && value == null && creating) {
			errors.add(field, "is required for " + owner);
		}
		if (kind != owner && value != null) {
			errors.add(field, "applies only to " + owner + ", this is " + kind);
		}
	}

	private static void checkCorporateNumberFormat(UserErrors errors, String corporateNumber) {
		if (corporateNumber != null) {
			CorporateNumber.problem(corporateNumber).ifPresent(problem -> errors.add("corporateNumber", problem));
		}
	}

	private static UserErrors notFound(String field, String id) {
		return new UserErrors().add(field, "no organisation with id " + id);
	}

	private static OrganizationPayload success(Organization organization) {
		return new OrganizationPayload(organization, List.of());
	}

	private static OrganizationPayload failure(UserErrors errors) {
		return new OrganizationPayload(null, errors.list());
	}
}
