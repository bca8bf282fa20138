package jp.tsunagu.service;

import java.util.List;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.MissingReferences;
import jp.tsunagu.graph.MissingReferences.Kind;
import jp.tsunagu.organization.OrganizationQueries;
import jp.tsunagu.service.ServiceInputs.CreateServiceInput;
import jp.tsunagu.service.ServiceInputs.ServicePayload;
import jp.tsunagu.service.ServiceInputs.UpdateServiceInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Validates each service mutation in full, then writes it in the same transaction; a payload with
 * errors means nothing was written.
 */
@Component
class ServiceService {

	private static final int MAX_NAME = 200;

	private static final int MAX_CAPACITY = 200;

	private static final int MAX_SCHEDULE = 1000;

	private static final int MAX_TEXT = 4000;

	private final ServiceQueries services;

	private final OrganizationQueries organizations;

	private final MissingReferences references;

	private final Areas areas;

	private final TransactionalOperator transaction;

	ServiceService(ServiceQueries services, OrganizationQueries organizations, MissingReferences references, Areas areas,
			TransactionalOperator transaction) {
		this.services = services;
		this.organizations = organizations;
		this.references = references;
		this.areas = areas;
		this.transaction = transaction;
	}

	Mono<ServicePayload> create(CreateServiceInput input) {
		UserErrors errors = new UserErrors().required("name", input.name());
		checkTexts(errors, input.name(), input.description(), input.eligibility(), input.capacity(), input.schedule());
		Mono<ServicePayload> write = checkProvider(errors, input.providerId())
			.then(checkNeeds(errors, input.needCodes()))
			.then(checkAreas(errors, input.availableInCodes()))
			.then(Mono.defer(() -> checkName(errors, input.providerId(), input.name(), null)))
			.flatMap(checked -> checked.isEmpty() ? services.create(input).map(ServicePayload::success)
					: Mono.just(ServicePayload.failure(checked.list())));
		return transaction.transactional(write);
	}

	Mono<ServicePayload> update(UpdateServiceInput input) {
		UserErrors errors = new UserErrors();
		if (input.name() != null) {
			errors.required("name", input.name());
		}
		checkTexts(errors, input.name(), input.description(), input.eligibility(), input.capacity(), input.schedule());
		Mono<ServicePayload> write = services.byId(input.id())
			.flatMap(existing -> checkNeeds(errors, input.needCodes())
				.then(checkAreas(errors, input.availableInCodes()))
				.then(Mono.defer(() -> checkName(errors, null, input.name(), existing.id())))
				.flatMap(checked -> checked.isEmpty() ? services.update(input).map(ServicePayload::success)
						: Mono.just(ServicePayload.failure(checked.list()))))
			.switchIfEmpty(Mono.fromSupplier(() -> notFound(input.id())));
		return transaction.transactional(write);
	}

	Mono<ServicePayload> archive(String id) {
		return transaction.transactional(services.archive(id)
			.map(ServicePayload::success)
			.switchIfEmpty(Mono.fromSupplier(() -> notFound(id))));
	}

	private static void checkTexts(UserErrors errors, String name, String description, String eligibility,
			String capacity, String schedule) {
		errors.maxLength("name", name, MAX_NAME)
			.maxLength("description", description, MAX_TEXT)
			.maxLength("eligibility", eligibility, MAX_TEXT)
			.maxLength("capacity", capacity, MAX_CAPACITY)
			.maxLength("schedule", schedule, MAX_SCHEDULE);
	}

	private Mono<UserErrors> checkProvider(UserErrors errors, String providerId) {
		return organizations.byIds(List.of(providerId))
			.next()
			.map(provider -> provider.archived()
					? errors.add("providerId", "organisation " + providerId + " is archived") : errors)
			.switchIfEmpty(Mono.fromSupplier(() -> errors.add("providerId", "no organisation with id " + providerId)));
	}

	/** Null means "leave as it is" (update); an empty list is never valid, a service addresses some need. */
	private Mono<UserErrors> checkNeeds(UserErrors errors, List<String> needCodes) {
		if (needCodes == null) {
			return Mono.just(errors);
		}
		if (needCodes.isEmpty()) {
			return Mono.just(errors.add("needCodes", "must name at least one need"));
		}
		return references.missing(Kind.NEED, needCodes)
			.map(missing -> missing.isEmpty() ? errors
					: errors.add("needCodes", "no need with code " + String.join(", ", missing)));
	}

	/** Null means "leave as it is" (update); an empty list is never valid, a service is available somewhere. */
	private Mono<UserErrors> checkAreas(UserErrors errors, List<String> areaCodes) {
		if (areaCodes == null) {
			return Mono.just(errors);
		}
		if (areaCodes.isEmpty()) {
			return Mono.just(errors.add("availableInCodes", "must name at least one area"));
		}
		return areas.requireAll(areaCodes, errors, "availableInCodes");
	}

	private Mono<UserErrors> checkName(UserErrors errors, String providerId, String name, String exceptId) {
		if (name == null || name.isBlank()) {
			return Mono.just(errors);
		}
		return services.nameTaken(providerId, name.strip(), exceptId)
			.map(taken -> taken ? errors.add("name",
					"the provider already has a service named \"" + name.strip() + "\"") : errors);
	}

	private static ServicePayload notFound(String id) {
		return ServicePayload.failure(new UserErrors().add("id", "no service with id " + id).list());
	}
}
