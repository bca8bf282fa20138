package jp.tsunagu.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.graph.MissingReferences;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdAudit;
import jp.tsunagu.household.HouseholdValidation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.blankToNull;

/**
 * Saves support plans, each save a new version on top of the version the caller saw, and task statuses. Checked in
 * full before anything is written; the household is recorded in the audit log with the write.
 */
@Service
class PlanService {

	static final int MAX_GOALS = 20;

	static final int MAX_TASKS = 50;

	record PlanTaskInput(String title, String ownerOrganizationId, String ownerPersonId, LocalDate dueOn,
			PlanTaskStatus status) {
	}

	record SaveSupportPlanInput(String householdId, Integer expectedVersion, List<String> goals, LocalDate reviewOn,
			List<PlanTaskInput> tasks, String meetingId, String decisions) {
	}

	record UpdatePlanTaskInput(String taskId, PlanTaskStatus status) {
	}

	record SupportPlanPayload(SupportPlan plan, List<UserError> errors) {
	}

	record PlanTaskPayload(PlanTask task, List<UserError> errors) {
	}

	private final PlanQueries queries;

	private final PlanWrites writes;

	private final MissingReferences references;

	private final HouseholdValidation households;

	private final HouseholdAudit audit;

	private final TransactionalOperator transaction;

	PlanService(PlanQueries queries, PlanWrites writes, MissingReferences references, HouseholdValidation households,
			HouseholdAudit audit, TransactionalOperator transaction) {
		this.queries = queries;
		this.writes = writes;
		this.references = references;
		this.households = households;
		this.audit = audit;
		this.transaction = transaction;
	}

	Mono<SupportPlanPayload> save(HouseholdAccess access, SaveSupportPlanInput input) {
		List<String> goals = input.goals() == null ? List.of() : input.goals();
		List<PlanTaskInput> tasks = input.tasks() == null ? List.of() : input.tasks();
		String meetingId = blankToNull(input.meetingId());
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			errors.required("expectedVersion", input.expectedVersion()).required("reviewOn", input.reviewOn());
			if (goals.isEmpty() || goals.size() > MAX_GOALS) {
				errors.add("goals", "目標を1〜" + MAX_GOALS + "件入力してください", "give 1 to " + MAX_GOALS + " goals");
			}
			goals.forEach(goal -> errors.required("goals", goal).cleanText("goals", goal, false).maxLength("goals", goal, 200));
			errors.cleanText("decisions", input.decisions(), true).maxLength("decisions", input.decisions(), 5000);
			if (tasks.size() > MAX_TASKS) {
				errors.add("tasks", "タスクは" + MAX_TASKS + "件までです", "at most " + MAX_TASKS + " tasks");
			}
			List<String> organizationOwners = new ArrayList<>();
			List<String> personOwners = new ArrayList<>();
			for (PlanTaskInput task : tasks) {
				errors.required("tasks", task.title()).cleanText("tasks", task.title(), false)
					.maxLength("tasks", task.title(), 200);
				if (task.dueOn() == null) {
					errors.add("tasks", "タスク「" + task.title() + "」の期日がありません", "task \"" + task.title()
							+ "\" needs a due date (dueOn)");
				}
				boolean byOrganization = blankToNull(task.ownerOrganizationId()) != null;
				boolean byPerson = blankToNull(task.ownerPersonId()) != null;
				if (byOrganization == byPerson) {
					errors.add("tasks", "タスク「" + task.title() + "」の担当は機関か人のどちらか一方を指定してください", "task \""
							+ task.title() + "\" needs exactly one owner: ownerOrganizationId or ownerPersonId");
				}
				else if (byOrganization) {
					organizationOwners.add(task.ownerOrganizationId());
				}
				else {
					personOwners.add(task.ownerPersonId());
				}
			}
			Mono<Void> household = households.changeable(access, errors, "householdId", input.householdId()).then();
			Mono<Void> version = Mono.defer(() -> input.expectedVersion() == null || !errors.isEmpty() ? Mono.empty()
					: queries.currentVersion(input.householdId()).doOnNext(current -> {
						if (!current.equals(input.expectedVersion())) {
							errors.add("expectedVersion", "プランは既に版" + current + "として保存されています。読み直してください",
									"the plan was saved meanwhile as version " + current + "; reload it and save again");
						}
					}).then());
			Mono<Void> owners = Flux.concat(
					references.missing(MissingReferences.Kind.ORGANIZATION, organizationOwners)
						.doOnNext(missing -> missing.forEach(id -> errors.add("tasks",
								"担当機関が見つかりません", "no organisation with id " + id))),
					references.missing(MissingReferences.Kind.PERSON, personOwners)
						.doOnNext(missing -> missing.forEach(id -> errors.add("tasks", "担当者が見つかりません", "no person with id " + id))))
				.then();
			Mono<Void> meeting = meetingId == null ? Mono.empty()
					: Mono.defer(() -> !errors.isEmpty() ? Mono.empty()
							: queries.meetingDiscussed(access, meetingId, input.householdId()).doOnNext(discussed -> {
								if (!discussed) {
									errors.add("meetingId", "この世帯を扱った、あなたの機関が参加した会議ではありません", "no meeting "
											+ "your organisation took part in discussed this household");
								}
							}).then());
			return Flux.concat(household, version, owners, meeting).then(Mono.defer(() -> {
				if (!errors.isEmpty()) {
					return audit.refused(access, errors.list()).thenReturn(new SupportPlanPayload(null, errors.list()));
				}
				List<Map<String, Object>> taskRows = tasks.stream().map(PlanService::taskRow).toList();
				return writes
					.save(input.householdId(), input.expectedVersion(), goals.stream().map(String::strip).toList(),
							input.reviewOn().toString(), blankToNull(input.decisions()), meetingId, taskRows,
							access.caller().organizationId(), access.caller().username())
					.switchIfEmpty(Mono.error(() -> new InvalidArgumentException("expectedVersion",
							"the plan was saved meanwhile by someone else; reload it and save again")))
					.flatMap(saved -> audit.written(access, input.householdId()))
					.then(queries.plan(access, input.householdId(), null))
					.map(plan -> new SupportPlanPayload(plan, List.of()));
			}));
		}));
	}

	private static Map<String, Object> taskRow(PlanTaskInput task) {
		Map<String, Object> row = new HashMap<>();
		row.put("title", task.title().strip());
		row.put("ownerId", blankToNull(task.ownerOrganizationId()) != null ? task.ownerOrganizationId() : task.ownerPersonId());
		row.put("dueOn", task.dueOn().toString());
		row.put("status", (task.status() == null ? PlanTaskStatus.OPEN : task.status()).name());
		return row;
	}

	Mono<PlanTaskPayload> updateTask(HouseholdAccess access, UpdatePlanTaskInput input) {
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			errors.required("taskId", input.taskId()).required("status", input.status());
			if (!errors.isEmpty()) {
				return audit.refused(access, errors.list()).thenReturn(new PlanTaskPayload(null, errors.list()));
			}
			String notFoundEn = "no task with id " + input.taskId() + " in a current plan you may see";
			return queries.currentTask(access, input.taskId())
				.flatMap(task -> households.changeable(access, new UserErrors(), "taskId", task.householdId())
					.map(household -> task))
				.switchIfEmpty(Mono.fromRunnable(() -> errors.add("taskId", "現在のプランにこのタスクはありません", notFoundEn)))
				.doOnNext(task -> {
					if (!task.mayUpdate()) {
						errors.add("taskId", "タスクを更新できるのは担当者とプランを保存した機関です", "only the task's owner and "
								+ "the organisation that saved the plan update a task");
					}
				})
				.flatMap(task -> errors.isEmpty() ? writes.updateTask(input.taskId(), input.status(), access.caller().username())
					.then(audit.written(access, task.householdId()))
					.then(queries.task(input.taskId()))
					.map(updated -> new PlanTaskPayload(updated, List.of())) : Mono.empty())
				.switchIfEmpty(Mono.defer(() -> audit.refused(access, errors.list())
					.thenReturn(new PlanTaskPayload(null, errors.list()))));
		}));
	}
}
