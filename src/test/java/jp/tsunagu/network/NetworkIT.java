package jp.tsunagu.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading networks: by id, filtered lists, Relay pages, a network's members, area overviews, and no N+1. */
class NetworkIT extends NetworkTestSupport {

	static final String HOTTOKAHEN = "ほっとかへんネットおの";

	static final String ONO_COUNCIL = "小野市社会福祉協議会";

	private static final ParameterizedTypeReference<Map<String, Object>> ROW = new ParameterizedTypeReference<>() {
	};

	@Test
	void readsADemoNetworkWithItsMembersAndAreas() {
		String id = idOf("Network", HOTTOKAHEN);
		long members = count("""
				MATCH (:Network {id: $id})<-[:MEMBER_OF]-(m) WHERE NOT coalesce(m.archived, false)
				RETURN count(m)""", "id", id);
		assertThat(members).isGreaterThanOrEqualTo(20);

		GraphQlTester.Response response = graphQl.documentName("network-by-id").variable("id", id).execute();

		response.path("network.name").entity(String.class).isEqualTo(HOTTOKAHEN);
		response.path("network.kindLabelJa").entity(String.class).satisfies(label -> assertThat(label).isNotBlank());
		response.path("network.memberCount").entity(Long.class).isEqualTo(members);
		response.path("network.members").entityList(Object.class).hasSize((int) members);
		response.path("network.coveredAreas[*].code").entityList(String.class).contains(ONO);
		List<Map<String, Object>> memberships = response.path("network.members").entityList(ROW).get();
		assertThat(memberships).anySatisfy(membership -> {
			assertThat(membership.get("role")).isEqualTo("SECRETARIAT");
			assertThat(membership.get("roleLabelJa")).isEqualTo("事務局");
			assertThat(membership.get("member")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("__typename", "Organization")
				.containsEntry("name", ONO_COUNCIL);
		});
		assertThat(memberships).allSatisfy(membership -> assertThat(membership.get("network")).isEqualTo(Map.of("id", id)));
		assertThat(memberships).anySatisfy(membership -> assertThat(membership.get("member"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("__typename", "Person"));
		response.path("network.foundedOn").entity(String.class).isEqualTo("2017-06-01");
		assertThat(response.path("network.activities[*].activity.name").entityList(String.class).get())
			.contains("買い物バスツアー（来住地区）");
	}

	@Test
	void readsASubcommitteeAndItsParent() {
		String parent = idOf("Network", "松江市セーフティネット会議");

		GraphQlTester.Response response = graphQl.documentName("network-by-id").variable("id", parent).execute();

		assertThat(response.path("network.subcommittees[*].name").entityList(String.class).get())
			.containsExactly("松江市セーフティネット会議 権利擁護部会", "松江市セーフティネット会議 生活困窮部会");
		response.path("network.parent").valueIsNull();
		graphQl.documentName("network-by-id")
			.variable("id", idOf("Network", "松江市セーフティネット会議 生活困窮部会"))
			.execute()
			.path("network.kindLabelJa")
			.entity(String.class)
			.isEqualTo("部会・委員会")
			.path("network.parent.id")
			.entity(String.class)
			.isEqualTo(parent);
	}

	@Test
	void answersNullForAnUnknownId() {
		graphQl.documentName("network-by-id").variable("id", "no-such-network").execute().path("network").valueIsNull();
	}

	@Test
	void filtersByKindAreaMemberTextAndArchived() {
		String district = district("filter-test", "フィルタ試験地区", "DISTRICT");
		String council = network("フィルタ試験連絡会");
		Map<String, Object> bodyInput = networkInput("フィルタ試験協議体");
		bodyInput.put("kind", "CONSULTATIVE_BODY");
		bodyInput.put("tier", 2);
		bodyInput.put("coveredAreaCodes", List.of(district));
		String body = network(bodyInput);
		Map<String, Object> archivedInput = networkInput("フィルタ試験旧会議");
		archivedInput.put("kind", "MEETING");
		String archived = network(archivedInput);
		graphQl.documentName("network-archive").variable("id", archived).executeAndVerify();
		String member = organization("フィルタ試験の会員団体");
		graphQl.documentName("network-add-member")
			.variable("input", Map.of("networkId", body, "memberId", member))
			.executeAndVerify();

		assertThat(ids(Map.of("text", "フィルタ試験"))).containsExactly(body, council);
		assertThat(ids(Map.of("text", "フィルタ試験", "includeArchived", true))).containsExactly(body, archived, council);
		assertThat(ids(Map.of("text", "フィルタ試験", "kind", "CONSULTATIVE_BODY"))).containsExactly(body);
		assertThat(ids(Map.of("text", "フィルタ試験", "area", district))).containsExactly(body);
		assertThat(ids(Map.of("text", "フィルタ試験", "area", ONO))).containsExactly(body, council);
		assertThat(ids(Map.of("text", "フィルタ試験", "area", HYOGO))).containsExactly(body, council);
		assertThat(ids(Map.of("memberId", member))).containsExactly(body);
		assertThat(ids(Map.of("text", "フィルタ試験", "kind", "MEETING", "includeArchived", true)))
			.containsExactly(archived);

		String onoCouncil = idOf("Organization", ONO_COUNCIL);
		assertThat(ids(Map.of("memberId", onoCouncil))).contains(idOf("Network", HOTTOKAHEN));
		long demoConsultativeBodies = count(
				"MATCH (n:Network {networkKind: 'CONSULTATIVE_BODY'}) WHERE NOT n.archived RETURN count(n)");
		graphQl.documentName("networks-list")
			.variable("filter", Map.of("kind", "CONSULTATIVE_BODY"))
			.variable("first", 100)
			.execute()
			.path("networks.totalCount")
			.entity(Long.class)
			.isEqualTo(demoConsultativeBodies)
			.path("networks.edges[*].node.kind")
			.entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).containsOnly("CONSULTATIVE_BODY"));
	}

	@Test
	void pagesThroughAStableOrderWithoutGapsOrRepeats() {
		List<String> created = new ArrayList<>();
		for (String name : List.of("ページ網テスト4", "ページ網テスト1", "ページ網テスト3", "ページ網テスト2")) {
			created.add(network(name));
		}
		Map<String, Object> sameName = networkInput("ページ網テスト3");
		sameName.put("coveredAreaCodes", List.of(HYOGO));
		created.add(network(sameName));

		List<String> names = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		String after = null;
		List<Boolean> hasNext = new ArrayList<>();
		List<Boolean> hasPrevious = new ArrayList<>();
		do {
			GraphQlTester.Response page = graphQl.documentName("networks-list")
				.variable("filter", Map.of("text", "ページ網テスト"))
				.variable("first", 2)
				.variable("after", after)
				.execute();
			page.path("networks.totalCount").entity(Integer.class).isEqualTo(5);
			names.addAll(page.path("networks.edges[*].node.name").entityList(String.class).get());
			ids.addAll(page.path("networks.edges[*].node.id").entityList(String.class).get());
			hasNext.add(page.path("networks.pageInfo.hasNextPage").entity(Boolean.class).get());
			hasPrevious.add(page.path("networks.pageInfo.hasPreviousPage").entity(Boolean.class).get());
			after = page.path("networks.pageInfo.endCursor").entity(String.class).get();
		}
		while (hasNext.get(hasNext.size() - 1));

		assertThat(hasNext).containsExactly(true, true, false);
		assertThat(hasPrevious).containsExactly(false, true, true);
		assertThat(names).containsExactly("ページ網テスト1", "ページ網テスト2", "ページ網テスト3", "ページ網テスト3", "ページ網テスト4");
		assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
		assertThat(ids.subList(2, 4)).isSorted();
	}

	@Test
	void refusesABadPageSizeOrCursor() {
		graphQl.documentName("networks-list")
			.variable("first", 0)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo("first: must be between 1 and 100, was 0")));
		graphQl.documentName("networks-list")
			.variable("after", "not a cursor")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).startsWith("after:")));
	}

	@Test
	void pagesThroughANetworksMembersSortedByName() {
		String id = idOf("Network", HOTTOKAHEN);
		long members = count("""
				MATCH (:Network {id: $id})<-[:MEMBER_OF]-(m) WHERE NOT coalesce(m.archived, false)
				RETURN count(m)""", "id", id);

		List<Map<String, Object>> rows = new ArrayList<>();
		String after = null;
		boolean hasNext;
		int pages = 0;
		do {
			GraphQlTester.Response page = graphQl.documentName("network-members")
				.variable("networkId", id)
				.variable("first", 7)
				.variable("after", after)
				.execute();
			page.path("networkMembers.totalCount").entity(Long.class).isEqualTo(members);
			page.path("networkMembers.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(pages > 0);
			rows.addAll(page.path("networkMembers.edges[*].node").entityList(ROW).get());
			hasNext = page.path("networkMembers.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("networkMembers.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		while (hasNext);

		assertThat(pages).isEqualTo((int) ((members + 6) / 7));
		assertThat(rows).hasSize((int) members);
		List<Map<?, ?>> memberList = rows.stream().<Map<?, ?>>map(row -> (Map<?, ?>) row.get("member")).toList();
		assertThat(memberList).extracting(m -> m.get("id")).doesNotHaveDuplicates();
		assertThat(memberList).isSortedAccordingTo(
				Comparator.comparing((Map<?, ?> m) -> (String) m.get("name")).thenComparing(m -> (String) m.get("id")));
		assertThat(rows).allSatisfy(row -> assertThat(((Map<?, ?>) row.get("network")).get("id")).isEqualTo(id));
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get("role")).isEqualTo("SECRETARIAT");
			assertThat(((Map<?, ?>) row.get("member")).get("name")).isEqualTo(ONO_COUNCIL);
		});
	}

	@Test
	void pagesMembersOfANewNetworkIncludingPeople() {
		String id = network("メンバー頁テスト会議");
		List<String> expected = new ArrayList<>();
		for (String name : List.of("メンバー頁テスト団体B", "メンバー頁テスト団体A")) {
			String organization = organization(name);
			expected.add(organization);
			graphQl.documentName("network-add-member")
				.variable("input", Map.of("networkId", id, "memberId", organization))
				.executeAndVerify();
		}
		String person = person("メンバー頁テスト 個人");
		graphQl.documentName("network-add-member")
			.variable("input", Map.of("networkId", id, "memberId", person, "role", "CHAIR"))
			.executeAndVerify();

		GraphQlTester.Response first = graphQl.documentName("network-members")
			.variable("networkId", id)
			.variable("first", 2)
			.execute();
		first.path("networkMembers.totalCount").entity(Integer.class).isEqualTo(3);
		first.path("networkMembers.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("networkMembers.edges[*].node.member.name")
			.entityList(String.class)
			.containsExactly("メンバー頁テスト 個人", "メンバー頁テスト団体A");
		first.path("networkMembers.edges[0].node.member.__typename").entity(String.class).isEqualTo("Person");
		first.path("networkMembers.edges[0].node.roleLabelJa").entity(String.class).isEqualTo("代表");
		String cursor = first.path("networkMembers.pageInfo.endCursor").entity(String.class).get();

		graphQl.documentName("network-members")
			.variable("networkId", id)
			.variable("first", 2)
			.variable("after", cursor)
			.execute()
			.path("networkMembers.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("networkMembers.edges[*].node.member.id")
			.entityList(String.class)
			.containsExactly(expected.get(0));

		graphQl.documentName("network-members")
			.variable("networkId", "no-such-network")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo("networkId: no network with id no-such-network")));
	}

	@Test
	void areaOverviewsListTheNetworksCoveringTheAreaOrAPartOfIt() {
		String district = district("overview-test", "概況試験地区", "ELEMENTARY_SCHOOL_DISTRICT");
		Map<String, Object> input = networkInput("概況試験の地区会議");
		input.put("coveredAreaCodes", List.of(district));
		String local = network(input);

		List<String> inOno = overviewNetworkIds(ONO);
		assertThat(inOno).contains(local, idOf("Network", HOTTOKAHEN)).doesNotHaveDuplicates();
		assertThat(overviewNetworkIds(HYOGO)).containsAll(inOno);
		assertThat(overviewNetworkIds(district)).containsExactly(local);

		long expected = count("""
				MATCH (n:Network)-[:COVERS]->(:Area)-[:PART_OF*0..3]->(:Area {code: $ono}) WHERE NOT n.archived
				RETURN count(DISTINCT n)""", "ono", ONO);
		graphQl.documentName("network-area-overview")
			.variable("code", ONO)
			.variable("first", 1)
			.execute()
			.path("areaOverview.networks.totalCount")
			.entity(Long.class)
			.isEqualTo(expected)
			.path("areaOverview.networks.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(expected > 1);
	}

	@Test
	void aPageOfNetworksWithTheirTiesCostsAConstantNumberOfStatements() {
		for (int i = 0; i < 10; i++) {
			network("定数文テスト網" + i);
		}
		int forTwo = statementsFor(2);
		int forTen = statementsFor(10);

		// A child field whose parents have no children at all costs nothing, so two may cost less than ten;
		// what matters is that neither grows with the page: one statement per field at most.
		assertThat(forTwo).isLessThanOrEqualTo(forTen);
		// page + coveredAreas + parent + subcommittees + memberCount + members + activities
		// + memberships of member organisations + heldIn + runners
		assertThat(forTen).isLessThanOrEqualTo(10);
	}

	private int statementsFor(int networks) {
		// once before counting: a first use in this JVM may cost one-off statements (test classes run in the
		// file system's order, which differs between clones), and those say nothing about N+1
		networksWithTies(networks);
		statements.reset();
		networksWithTies(networks);
		return statements.count();
	}

	private void networksWithTies(int networks) {
		graphQl.documentName("networks-with-ties")
			.variable("first", networks)
			.execute()
			.path("networks.edges")
			.entityList(Object.class)
			.hasSize(networks);
	}

	private List<String> ids(Map<String, Object> filter) {
		return graphQl.documentName("networks-list")
			.variable("filter", filter)
			.variable("first", 100)
			.execute()
			.path("networks.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private List<String> overviewNetworkIds(String code) {
		List<String> ids = new ArrayList<>();
		String after = null;
		boolean hasNext;
		do {
			GraphQlTester.Response page = graphQl.documentName("network-area-overview")
				.variable("code", code)
				.variable("first", 100)
				.variable("after", after)
				.execute();
			ids.addAll(page.path("areaOverview.networks.edges[*].node.id").entityList(String.class).get());
			hasNext = page.path("areaOverview.networks.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("areaOverview.networks.pageInfo.endCursor").entity(String.class).get();
		}
		while (hasNext);
		assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
		return ids;
	}
}
