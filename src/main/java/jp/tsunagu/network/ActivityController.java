package jp.tsunagu.network;

import java.util.List;
import java.util.Map;

import jp.tsunagu.api.ArchiveInput;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.network.NetworkInputs.ActivityFilter;
import jp.tsunagu.network.NetworkInputs.AddActivityRunnerInput;
import jp.tsunagu.network.NetworkInputs.CreateActivityInput;
import jp.tsunagu.network.NetworkInputs.RemoveActivityRunnerInput;
import jp.tsunagu.network.NetworkInputs.UpdateActivityInput;
import jp.tsunagu.organization.Organization;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class ActivityController {

	private final ActivityQueries queries;

	private final ActivityService mutations;

	ActivityController(ActivityQueries queries, ActivityService mutations) {
		this.queries = queries;
		this.mutations = mutations;
	}

	@QueryMapping
	Mono<Activity> activity(@Argument String id) {
		return queries.byId(id);
	}

	@QueryMapping
	Mono<Connection<Activity>> activities(@Argument ActivityFilter filter, @Argument Integer first,
			@Argument String after) {
		return queries.list(filter, PageRequest.of(first, after));
	}

	@BatchMapping
	Mono<Map<Activity, List<Area>>> heldIn(List<Activity> activities) {
		return queries.heldIn(activities);
	}

	@BatchMapping
	Mono<Map<Activity, List<ActivityRunner>>> runners(List<Activity> activities) {
		return queries.runners(activities);
	}

	@BatchMapping(typeName = "Organization", field = "activities")
	Mono<Map<Organization, List<ActivityRole>>> organizationActivities(List<Organization> organizations) {
		return queries.activitiesOfOrganizations(organizations);
	}

	@BatchMapping(typeName = "Network", field = "activities")
	Mono<Map<Network, List<ActivityRole>>> networkActivities(List<Network> networks) {
		return queries.activitiesOfNetworks(networks);
	}

	@MutationMapping
	Mono<ActivityPayload> createActivity(@Argument CreateActivityInput input) {
		return mutations.create(input);
	}

	@MutationMapping
	Mono<ActivityPayload> updateActivity(@Argument UpdateActivityInput input) {
		return mutations.update(input);
	}

	@MutationMapping
	Mono<ActivityPayload> archiveActivity(@Argument ArchiveInput input) {
		return mutations.archive(input.id());
	}

	@MutationMapping
	Mono<ActivityPayload> addActivityRunner(@Argument AddActivityRunnerInput input) {
		return mutations.addRunner(input);
	}

	@MutationMapping
	Mono<ActivityPayload> removeActivityRunner(@Argument RemoveActivityRunnerInput input) {
		return mutations.removeRunner(input);
	}
}
