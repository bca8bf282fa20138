package jp.tsunagu.network;

import java.util.List;

import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.Areas;
import jp.tsunagu.network.NetworkInputs.AddActivityRunnerInput;
import jp.tsunagu.network.NetworkInputs.CreateActivityInput;
import jp.tsunagu.network.NetworkInputs.RemoveActivityRunnerInput;
import jp.tsunagu.network.NetworkInputs.UpdateActivityInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Validates each activity mutation in full, then writes it, all in one transaction; a payload with errors means
 * nothing was written. An activity always keeps at least one lead.
 */
@Service
class ActivityService {

	private final ActivityQueries queries;

	private final Areas areas;

	private final TransactionalOperator transaction;

	ActivityService(ActivityQueries queries, Areas areas, TransactionalOperator transaction) {
		this.queries = queries;
		this.areas = areas;
		this.transaction = transaction;
	}

	Mono<ActivityPayload> create(CreateActivityInput input) {
		UserErrors errors = new UserErrors();
		NetworkValidation.name(errors, input.name(), true);
		errors.required("kind", input.kind());
		NetworkValidation.description(errors, input.description());
		NetworkValidation.areaList(errors, "heldInCodes", input.heldInCodes(), true);
		errors.required("leadId", input.leadId());
		Mono<Void> checks = Flux.concat(NetworkValidation.areasExist(areas, errors, "heldInCodes", input.heldInCodes()),
				nameFree(errors, input.name(), input.heldInCodes(), null), runnerUsable(errors, "leadId", input.leadId()))
			.then();
		return transaction.transactional(checks.then(Mono.defer(() -> errors.isEmpty()
				? queries.create(input).map(ActivityPayload::success) : Mono.just(ActivityPayload.failure(errors)))));
	}

	Mono<ActivityPayload> update(UpdateActivityInput input) {
		return transaction.transactional(queries.byId(input.id()).flatMap(existing -> {
			UserErrors errors = new UserErrors();
			NetworkValidation.name(errors, input.name(), false);
			NetworkValidation.description(errors, input.description());
			NetworkValidation.areaList(errors, "heldInCodes", input.heldInCodes(), false);
			String name = input.name() == null ? existing.name() : input.name();
			Mono<Void> checks = Flux.concat(NetworkValidation.areasExist(areas, errors, "heldInCodes", input.heldInCodes()),
					nameFree(errors, name, input.heldInCodes(), existing.id()))
				.then();
			return checks.then(Mono.defer(() -> errors.isEmpty()
					? queries.update(input).map(ActivityPayload::success) : Mono.just(ActivityPayload.failure(errors))));
		}).switchIfEmpty(Mono.fromSupplier(() -> ActivityPayload.failure(noActivity("id", input.id())))));
	}

	Mono<ActivityPayload> archive(String id) {
		return transaction.transactional(queries.archive(id)
			.map(ActivityPayload::success)
			.switchIfEmpty(Mono.fromSupplier(() -> ActivityPayload.failure(noActivity("id", id)))));
	}

	Mono<ActivityPayload> addRunner(AddActivityRunnerInput input) {
		UserErrors errors = new UserErrors();
		Mono<Void> checks = Flux.concat(activityUsable(errors, input.activityId()),
				runnerUsable(errors, "runnerId", input.runnerId()),
				queries.standing(input.activityId(), input.runnerId()).doOnNext(standing -> {
					if (input.role() == RunnerRole.PARTNER && standing.isOnlyLead()) {
						errors.add("role", "this runner is the activity's only lead; add another lead first");
					}
				}).then())
			.then();
		return transaction.transactional(checks.then(Mono.defer(() -> errors.isEmpty()
				? queries.addRunner(input.activityId(), input.runnerId(), input.role()).map(ActivityPayload::success)
				: Mono.just(ActivityPayload.failure(errors)))));
	}

	Mono<ActivityPayload> removeRunner(RemoveActivityRunnerInput input) {
		UserErrors errors = new UserErrors();
		Mono<Void> checks = Flux.concat(
				NetworkValidation.whenMissing(queries.byId(input.activityId()),
						() -> errors.add("activityId", "no activity with id " + input.activityId())),
				NetworkValidation.whenMissing(queries.runnerArchived(input.runnerId()),
						() -> errors.add("runnerId", "no organisation or network with id " + input.runnerId())))
			.then(Mono.defer(() -> errors.isEmpty()
					? queries.standing(input.activityId(), input.runnerId()).doOnNext(standing -> {
						if (standing.role() == null) {
							errors.add("runnerId", input.runnerId() + " does not run this activity");
						}
						else if (standing.isOnlyLead()) {
							errors.add("runnerId", "this runner is the activity's only lead; add another lead first");
						}
					}).then() : Mono.empty()));
		return transaction.transactional(checks.then(Mono.defer(() -> errors.isEmpty()
				? queries.removeRunner(input.activityId(), input.runnerId()).map(ActivityPayload::success)
				: Mono.just(ActivityPayload.failure(errors)))));
	}

	private Mono<Void> activityUsable(UserErrors errors, String activityId) {
		return NetworkValidation.whenFound(queries.byId(activityId), activity -> {
			if (activity.archived()) {
				errors.add("activityId", "activity \"" + activity.name() + "\" is archived");
			}
		}, () -> errors.add("activityId", "no activity with id " + activityId));
	}

	private Mono<Void> runnerUsable(UserErrors errors, String field, String runnerId) {
		if (runnerId == null || runnerId.isBlank()) {
			return Mono.empty();
		}
		return NetworkValidation.whenFound(queries.runnerArchived(runnerId), archived -> {
			if (archived) {
				errors.add(field, "organisation or network " + runnerId + " is archived");
			}
		}, () -> errors.add(field, "no organisation or network with id " + runnerId));
	}

	private Mono<Void> nameFree(UserErrors errors, String name, List<String> areaCodes, String exceptId) {
		if (!NetworkValidation.canCheckDuplicate(name, areaCodes)) {
			return Mono.empty();
		}
		return queries.areasWhereNameTaken(name.strip(), areaCodes, exceptId).doOnNext(codes -> {
			if (!codes.isEmpty()) {
				errors.add("name", "an activity named \"" + name.strip() + "\" is already held in "
						+ String.join(", ", codes));
			}
		}).then();
	}

	private static UserErrors noActivity(String field, String id) {
		return new UserErrors().add(field, "no activity with id " + id);
	}
}
