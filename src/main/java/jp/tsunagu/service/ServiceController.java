package jp.tsunagu.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jp.tsunagu.api.ArchiveInput;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.AreaOverview;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.service.ServiceInputs.CreateServiceInput;
import jp.tsunagu.service.ServiceInputs.ServiceFilter;
import jp.tsunagu.service.ServiceInputs.ServicePayload;
import jp.tsunagu.service.ServiceInputs.UpdateServiceInput;
import jp.tsunagu.taxonomy.Need;
import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.graph.ChildLists;
import jp.tsunagu.graph.ChildPages;
import jp.tsunagu.taxonomy.PartnerSystem;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.dataloader.DataLoader;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class ServiceController {

	private static final String PARTNER_SYSTEM_SERVICES = "PartnerSystem.services";

	private final ServiceQueries queries;

	private final ServiceService mutations;

	private final ChildLists children;

	ServiceController(ServiceQueries queries, ServiceService mutations, ChildLists children,
			BatchLoaderRegistry batchLoaders) {
		this.queries = queries;
		this.mutations = mutations;
		this.children = children;
		batchLoaders.<ChildPages.Key, Connection<Service>>forName(PARTNER_SYSTEM_SERVICES)
			.registerMappedBatchLoader((pages, environment) -> queries.fedBy(pages));
	}

	@QueryMapping
	Mono<Service> service(@Argument String id) {
		return queries.byId(id);
	}

	@QueryMapping
	Mono<Connection<Service>> services(@Argument ServiceFilter filter, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		return page(filter, PageRequest.of(first, after), environment);
	}

	@SchemaMapping(typeName = "AreaOverview", field = "services")
	Mono<Connection<Service>> areaServices(AreaOverview overview, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		return page(ServiceFilter.inArea(overview.code()), PageRequest.of(first, after), environment);
	}

	/** A page whose nodes carry the child fields the selection asks for, read in the page's statement. */
	private Mono<Connection<Service>> page(ServiceFilter filter, PageRequest page, DataFetchingEnvironment environment) {
		ChildLists.Selected selected = children.select("Service", "s", environment, "edges/node");
		return queries.list(filter, page, selected).doOnNext(connection -> selected.prime(environment));
	}

	@SchemaMapping(typeName = "PartnerSystem", field = "services")
	CompletableFuture<Connection<Service>> partnerSystemServices(PartnerSystem system, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		PageRequest.of(first, after);
		DataLoader<ChildPages.Key, Connection<Service>> pages = environment.getDataLoader(PARTNER_SYSTEM_SERVICES);
		return pages.load(new ChildPages.Key(system.code(), first, after));
	}

	@BatchMapping
	Mono<Map<Service, Organization>> provider(List<Service> services) {
		return queries.providers(services);
	}

	@BatchMapping
	Mono<Map<Service, List<Need>>> needs(List<Service> services) {
		return queries.needs(services);
	}

	@BatchMapping
	Mono<Map<Service, List<Area>>> availableIn(List<Service> services) {
		return queries.availableIn(services);
	}

	@BatchMapping(typeName = "Organization", field = "services")
	Mono<Map<Organization, List<Service>>> organizationServices(List<Organization> organizations) {
		return queries.providedBy(organizations);
	}

	@MutationMapping
	Mono<ServicePayload> createService(@Argument CreateServiceInput input) {
		return mutations.create(input);
	}

	@MutationMapping
	Mono<ServicePayload> updateService(@Argument UpdateServiceInput input) {
		return mutations.update(input);
	}

	@MutationMapping
	Mono<ServicePayload> archiveService(@Argument ArchiveInput input) {
		return mutations.archive(input.id());
	}
}
