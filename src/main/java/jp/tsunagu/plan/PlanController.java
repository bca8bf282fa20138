package jp.tsunagu.plan;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.AuditedRead;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.plan.PlanService.PlanTaskPayload;
import jp.tsunagu.plan.PlanService.SaveSupportPlanInput;
import jp.tsunagu.plan.PlanService.SupportPlanPayload;
import jp.tsunagu.plan.PlanService.UpdatePlanTaskInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class PlanController {

	private final PlanQueries queries;

	private final PlanService service;

	private final AuditedRead audited;

	PlanController(PlanQueries queries, PlanService service, AuditedRead audited) {
		this.queries = queries;
		this.service = service;
		this.audited = audited;
	}

	@QueryMapping
	Mono<SupportPlan> supportPlan(@Argument String householdId, @Argument Integer version,
			DataFetchingEnvironment environment) {
		HouseholdAccess access = HouseholdAccess.reading(environment, "");
		return audited.run(access, queries.plan(access, householdId, version), plan -> List.of(plan.householdId()));
	}

	@QueryMapping
	Mono<Connection<PlanTask>> myTasks(@Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		HouseholdAccess access = HouseholdAccess.reading(environment, "edges/node");
		return audited.run(access, queries.myTasks(access, PageRequest.of(first, after)),
				page -> page.nodes().stream().map(PlanTask::householdId).distinct().toList());
	}

	@MutationMapping
	Mono<SupportPlanPayload> saveSupportPlan(@Argument SaveSupportPlanInput input, DataFetchingEnvironment environment) {
		return service.save(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<PlanTaskPayload> updatePlanTask(@Argument UpdatePlanTaskInput input, DataFetchingEnvironment environment) {
		return service.updateTask(HouseholdAccess.writing(environment), input);
	}

	@SchemaMapping(typeName = "SupportPlan")
	Connection<PlanTask> tasks(SupportPlan plan, @Argument Integer first, @Argument String after) {
		return PageRequest.of(first, after).page(plan.tasks(), PlanTask::id);
	}

	@SchemaMapping(typeName = "PlanTask")
	String statusLabelJa(PlanTask task) {
		return task.status().labelJa();
	}

	@SchemaMapping(typeName = "PlanTask")
	boolean overdue(PlanTask task) {
		return task.overdue();
	}
}
