package jp.tsunagu.network;

import java.util.List;
import java.util.Map;

import jp.tsunagu.api.ArchiveInput;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.AreaOverview;
import jp.tsunagu.network.NetworkInputs.AddMemberInput;
import jp.tsunagu.network.NetworkInputs.CreateNetworkInput;
import jp.tsunagu.network.NetworkInputs.NetworkFilter;
import jp.tsunagu.network.NetworkInputs.RemoveMemberInput;
import jp.tsunagu.network.NetworkInputs.UpdateNetworkInput;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.Person;
import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.graph.ChildLists;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class NetworkController {

	private final NetworkQueries queries;

	private final NetworkService mutations;

	private final ChildLists children;

	NetworkController(NetworkQueries queries, NetworkService mutations, ChildLists children) {
		this.queries = queries;
		this.mutations = mutations;
		this.children = children;
	}

	@QueryMapping
	Mono<Network> network(@Argument String id, DataFetchingEnvironment environment) {
		ChildLists.Selected selected = children.select("Network", "n", environment, "");
		return queries.byId(id, selected).doOnNext(network -> selected.prime(environment));
	}

	@QueryMapping
	Mono<Connection<Network>> networks(@Argument NetworkFilter filter, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		return page(filter, PageRequest.of(first, after), environment);
	}

	/** A page whose nodes carry the child fields the selection asks for, read in the page's statement. */
	private Mono<Connection<Network>> page(NetworkFilter filter, PageRequest page, DataFetchingEnvironment environment) {
		ChildLists.Selected selected = children.select("Network", "n", environment, "edges/node");
		return queries.list(filter, page, selected).doOnNext(connection -> selected.prime(environment));
	}

	@QueryMapping
	Mono<Connection<Membership>> networkMembers(@Argument String networkId, @Argument Integer first,
			@Argument String after) {
		return queries.memberPage(networkId, PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "AreaOverview", field = "networks")
	Mono<Connection<Network>> areaNetworks(AreaOverview overview, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		return page(new NetworkFilter(null, overview.code(), null, null, false), PageRequest.of(first, after),
				environment);
	}

	@BatchMapping
	Mono<Map<Network, List<Area>>> coveredAreas(List<Network> networks) {
		return queries.coveredAreas(networks);
	}

	@BatchMapping(typeName = "Network")
	Mono<Map<Network, Network>> parent(List<Network> networks) {
		return queries.parents(networks);
	}

	@BatchMapping
	Mono<Map<Network, List<Network>>> subcommittees(List<Network> networks) {
		return queries.subcommittees(networks);
	}

	@BatchMapping
	Mono<Map<Network, Integer>> memberCount(List<Network> networks) {
		return queries.memberCounts(networks);
	}

	@BatchMapping
	Mono<Map<Network, List<Membership>>> members(List<Network> networks) {
		return queries.members(networks);
	}

	@BatchMapping(typeName = "Organization", field = "memberships")
	Mono<Map<Organization, List<Membership>>> organizationMemberships(List<Organization> organizations) {
		return queries.membershipsOfOrganizations(organizations);
	}

	@BatchMapping(typeName = "Person", field = "memberships")
	Mono<Map<Person, List<Membership>>> personMemberships(List<Person> people) {
		return queries.membershipsOfPeople(people);
	}

	@MutationMapping
	Mono<NetworkPayload> createNetwork(@Argument CreateNetworkInput input) {
		return mutations.create(input);
	}

	@MutationMapping
	Mono<NetworkPayload> updateNetwork(@Argument UpdateNetworkInput input) {
		return mutations.update(input);
	}

	@MutationMapping
	Mono<NetworkPayload> archiveNetwork(@Argument ArchiveInput input) {
		return mutations.archive(input.id());
	}

	@MutationMapping
	Mono<MembershipPayload> addMember(@Argument AddMemberInput input) {
		return mutations.addMember(input);
	}

	@MutationMapping
	Mono<MembershipPayload> removeMember(@Argument RemoveMemberInput input) {
		return mutations.removeMember(input);
	}
}
