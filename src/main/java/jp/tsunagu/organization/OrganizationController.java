package jp.tsunagu.organization;

import java.util.List;
import java.util.Map;

import jp.tsunagu.api.ArchiveInput;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.AreaOverview;
import jp.tsunagu.organization.OrganizationInputs.AddCollaborationInput;
import jp.tsunagu.organization.OrganizationInputs.CreateOrganizationInput;
import jp.tsunagu.organization.OrganizationInputs.OrganizationFilter;
import jp.tsunagu.organization.OrganizationInputs.RemoveCollaborationInput;
import jp.tsunagu.organization.OrganizationInputs.UpdateOrganizationInput;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.graph.ChildLists;
import jp.tsunagu.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class OrganizationController {

	private final OrganizationQueries queries;

	private final OrganizationService mutations;

	private final ChildLists children;

	OrganizationController(OrganizationQueries queries, OrganizationService mutations, ChildLists children) {
		this.queries = queries;
		this.mutations = mutations;
		this.children = children;
	}

	@QueryMapping
	Mono<Organization> organization(@Argument String id, DataFetchingEnvironment environment) {
		ChildLists.Selected selected = children.select("Organization", "n", environment, "");
		return queries.byId(id, selected).doOnNext(organization -> selected.prime(environment));
	}

	@QueryMapping
	Mono<Connection<Organization>> organizations(@Argument OrganizationFilter filter, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		return page(filter, PageRequest.of(first, after), environment);
	}

	/** A page whose nodes carry the child fields the selection asks for, read in the page's statement. */
	private Mono<Connection<Organization>> page(OrganizationFilter filter, PageRequest page,
			DataFetchingEnvironment environment) {
		ChildLists.Selected selected = children.select("Organization", "o", environment, "edges/node");
		return queries.list(filter, page, selected).doOnNext(connection -> selected.prime(environment));
	}

	@SchemaMapping(typeName = "AreaOverview")
	Mono<List<KindCount>> organizationCounts(AreaOverview overview) {
		return queries.countsByKind(overview.code());
	}

	@SchemaMapping(typeName = "AreaOverview")
	Mono<Connection<Organization>> organizations(AreaOverview overview, @Argument OrganizationKind kind,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment environment) {
		return page(new OrganizationFilter(kind, overview.code(), null, null, null, false), PageRequest.of(first, after),
				environment);
	}

	@BatchMapping
	Mono<Map<Organization, Area>> location(List<Organization> organizations) {
		return queries.locations(organizations);
	}

	@BatchMapping
	Mono<Map<Organization, List<Area>>> servedAreas(List<Organization> organizations) {
		return queries.servedAreas(organizations);
	}

	@BatchMapping
	Mono<Map<Organization, Organization>> operator(List<Organization> organizations) {
		return queries.operators(organizations);
	}

	@BatchMapping
	Mono<Map<Organization, List<Organization>>> facilities(List<Organization> organizations) {
		return queries.facilities(organizations);
	}

	@BatchMapping
	Mono<Map<Organization, List<Collaboration>>> collaborations(List<Organization> organizations) {
		return queries.collaborations(organizations);
	}

	@MutationMapping
	Mono<OrganizationPayload> createOrganization(@Argument CreateOrganizationInput input) {
		return mutations.create(input);
	}

	@MutationMapping
	Mono<OrganizationPayload> updateOrganization(@Argument UpdateOrganizationInput input, GraphQLContext context) {
		return mutations.update(input, Caller.of(context));
	}

	@MutationMapping
	Mono<OrganizationPayload> archiveOrganization(@Argument ArchiveInput input) {
		return mutations.archive(input.id());
	}

	@MutationMapping
	Mono<CollaborationPayload> addCollaboration(@Argument AddCollaborationInput input) {
		return mutations.addCollaboration(input);
	}

	@MutationMapping
	Mono<CollaborationPayload> removeCollaboration(@Argument RemoveCollaborationInput input) {
		return mutations.removeCollaboration(input);
	}
}
