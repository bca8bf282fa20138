package jp.tsunagu.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * networkMap: the nodes and ties of an area, paged by degree then id, each tie once over all pages and after both
 * its ends; never households, archived nodes or what lies outside the area.
 */
class NetworkMapIT extends MappingTestSupport {

	@Test
	void aHandBuiltTownHasExactlyItsNodesTiesAndDegrees() {
		town();

		MapView map = page(coordinator(), id("m"), null, null, 100, null);

		assertThat(map.area().code()).isEqualTo(id("m"));
		assertThat(map.nodes()).extracting(node -> key(node.id()) + ":" + node.degree())
			.containsExactly("o1:5", "o2:5", "n:3", "act:2", "s1:1", "sv:1", "v:1");
		assertThat(map.totalCount()).isEqualTo(7);
		assertThat(map.tieCount()).isEqualTo(8);
		assertThat(map.pageInfo().hasNextPage()).isFalse();
		assertThat(map.ties()).extracting(this::describe)
			.containsExactlyInAnyOrder("o1-COLLABORATES_WITH-o2 [AGREEMENT, JOINT_ACTIVITY] x2",
					"s1-WORKS_FOR-o1 [CSW] x1", "v-BELONGS_TO-o2 [] x1", "o1-MEMBER_OF-n [MEMBER] x1",
					"o2-MEMBER_OF-n [SECRETARIAT] x1", "o1-RUNS-act [LEAD] x1", "n-RUNS-act [PARTNER] x1",
					"o2-PROVIDES-sv [] x1");
		assertThat(map.ties()).filteredOn(tie -> tie.kind().equals("COLLABORATES_WITH")).singleElement()
			.satisfies(tie -> {
				assertThat(tie.id()).isEqualTo("COLLABORATES_WITH:" + id("o1") + ":" + id("o2"));
				assertThat(tie.kindLabelJa()).isEqualTo("連携・協働");
			});
		assertThat(map.nodes()).filteredOn(node -> node.id().equals(id("v"))).singleElement()
			.satisfies(volunteer -> {
				assertThat(volunteer.kindLabelJa()).isEqualTo("人");
				assertThat(volunteer.subKindLabelJa()).isEqualTo("民生委員・児童委員");
			});
	}

	@Test
	void pagesCoverEveryNodeOnceAndBringEachTieOnceAfterBothItsEnds() {
		town();

		List<MapView> pages = allPages(coordinator(), id("m"), null, null, 2);

		assertThat(pages).extracting(page -> page.nodes().stream().map(node -> key(node.id())).toList())
			.containsExactly(List.of("o1", "o2"), List.of("n", "act"), List.of("s1", "sv"), List.of("v"));
		assertThat(pages).extracting(page -> page.ties().size()).containsExactly(1, 4, 2, 1);
		assertThat(pages.get(0).pageInfo().hasPreviousPage()).isFalse();
		assertThat(pages.get(1).pageInfo().hasPreviousPage()).isTrue();
		assertConsistent(pages);
	}

	@Test
	void nodeAndTieKindsChooseWhatIsDrawn() {
		town();

		MapView organisations = page(coordinator(), id("m"), null, List.of("ORGANIZATION"), 100, null);
		assertThat(organisations.nodes()).extracting(node -> key(node.id()) + ":" + node.degree())
			.containsExactly("o1:2", "o2:2");
		assertThat(organisations.tieCount()).isEqualTo(1);

		MapView memberships = page(coordinator(), id("m"), List.of("MEMBER_OF"), null, 100, null);
		assertThat(memberships.totalCount()).isEqualTo(7);
		assertThat(memberships.ties()).extracting(this::describe)
			.containsExactlyInAnyOrder("o1-MEMBER_OF-n [MEMBER] x1", "o2-MEMBER_OF-n [SECRETARIAT] x1");

		MapView areas = page(coordinator(), id("m"), List.of("PART_OF", "LOCATED_IN", "SERVES"),
				List.of("AREA", "ORGANIZATION"), 100, null);
		assertThat(areas.nodes()).extracting(node -> key(node.id())).containsExactlyInAnyOrder("m", "d", "o1", "o2");
		assertThat(areas.ties()).extracting(this::describe)
			.containsExactlyInAnyOrder("d-PART_OF-m [] x1", "o1-LOCATED_IN-d [] x1", "o2-SERVES-m [] x1");
	}

	@Test
	void aDistrictsMapHoldsWhatIsInTheDistrictAndNotWhatServesTheWholeTown() {
		town();

		MapView district = page(coordinator(), id("d"), null, null, 100, null);

		assertThat(district.nodes()).extracting(node -> key(node.id()))
			.containsExactlyInAnyOrder("o1", "s1", "v", "act");
		assertThat(district.ties()).extracting(this::describe)
			.containsExactlyInAnyOrder("s1-WORKS_FOR-o1 [CSW] x1", "o1-RUNS-act [LEAD] x1");
	}

	@Test
	void onoOnTheDemoNetworkPagesThroughConsistentlyWithItsHubsFirstAndOneStatementAPage() {
		GraphQlTester coordinator = coordinator();
		MapView whole = page(coordinator, "282189", null, null, 1000, null);
		statements.reset();
		MapView first = page(coordinator, "282189", null, null, 20, null);
		assertThat(statements.count()).isEqualTo(1);

		assertThat(first.area().name()).isEqualTo("小野市");
		assertThat(first.nodes().get(0).name()).isEqualTo("ほっとかへんネットおの");
		assertThat(first.nodes()).extracting(NodeView::name).contains("小野市社会福祉協議会");
		assertThat(whole.nodes()).extracting(NodeView::name).contains("高橋 健一", "社会福祉法人あお野会", "藤原 京子");
		assertThat(whole.nodes()).extracting(NodeView::kind).doesNotContain("HOUSEHOLD", "AREA");
		assertThat(whole.nodes()).isSortedAccordingTo(
				Comparator.comparing(NodeView::degree).reversed().thenComparing(NodeView::id));
		assertThat(whole.totalCount()).isEqualTo(whole.nodes().size());
		assertThat(whole.tieCount()).isEqualTo(whole.ties().size());

		List<MapView> pages = allPages(coordinator, "282189", null, null, 20);
		assertThat(pages).hasSize((int) Math.ceil(whole.totalCount() / 20.0));
		assertConsistent(pages);
		assertThat(pages.stream().flatMap(page -> page.nodes().stream()).toList())
			.containsExactlyElementsOf(whole.nodes());
		assertThat(pages.stream().flatMap(page -> page.ties().stream()).toList())
			.containsExactlyInAnyOrderElementsOf(whole.ties());
	}

	@Test
	void warmTimingsOfMunicipalMapsOnTheDemoNetwork() {
		GraphQlTester coordinator = coordinator();
		for (String area : List.of("282189", "272051", "280003")) {
			page(coordinator, area, null, null, 1000, null);
			long started = System.nanoTime();
			int rounds = 5;
			MapView map = null;
			for (int i = 0; i < rounds; i++) {
				map = page(coordinator, area, null, null, 1000, null);
			}
			long millis = (System.nanoTime() - started) / 1_000_000 / rounds;
			System.out.printf("networkMap %s (%s): %d nodes, %d ties, %d ms warm (HTTP round trip, mean of %d)%n", area,
					map.area().name(), map.totalCount(), map.tieCount(), millis, rounds);
			assertThat(map.totalCount()).isPositive();
		}
	}

	@Test
	void aMapOfMoreNodesThanTheCapIsRefusedNamingAreaAndNarrowingNodeKindsDrawsIt() {
		graph("CREATE " + String.join(", ", municipality("m", run + " M"), network("n", run + " N")),
				"CREATE (n)-[:COVERS]->(m)");
		write("""
				MATCH (m:Area {code: $run + 'm'})
				UNWIND range(1, 20001) AS i
				CREATE (:Organization:Npo {id: $run + 'o' + i, name: 'O' + i, kind: 'NPO', archived: false,
				        createdAt: datetime()})-[:LOCATED_IN]->(m)""", "run", run);

		assertBadRequest(request(coordinator(), id("m"), null, null, 10, null), "area",
				"the map of " + id("m") + " has more than 20000 nodes, the most a map may hold: choose a smaller area"
						+ " or narrow nodeKinds");
		assertThat(page(coordinator(), id("m"), null, List.of("NETWORK"), 10, null).nodes())
			.extracting(node -> key(node.id()))
			.containsExactly("n");
	}

	@Test
	void badArgumentsAreNamedAndAnonymousCallersAreRefused() {
		assertBadRequest(request(coordinator(), "999999", null, null, null, null), "area", "コード 999999 の地域はありません");
		assertBadRequest(request(coordinator(), "282189", null, List.of("HOUSEHOLD"), null, null), "nodeKinds",
				"households are never on a map");
		assertBadRequest(request(coordinator(), "282189", List.of("LIVES_IN"), null, null, null), "kinds",
				"ties to households (LIVES_IN) are never on a map or a path");
		assertBadRequest(request(coordinator(), "282189", null, null, 1001, null), "first",
				"must be between 1 and 1000, was 1001");
		assertBadRequest(request(coordinator(), "282189", null, null, null, "not-a-cursor"), "after",
				"is not a cursor this map returned");
		for (Role role : SIGNED_IN) {
			assertThat(page(signedIn(role), "282189", null, null, 5, null).nodes()).as(role.name()).hasSize(5);
		}
		assertUnauthorized(request(patient(anonymous), "282189", null, null, null, null));
	}

	/**
	 * Municipality m with district d. On the map: o1 (in d), o2 (serving m), staff s1 of o1, 民生委員 v assigned to d,
	 * network n covering m, activity act held in d, service sv available in m. Off it: o3 (archived) and its staff
	 * s3, o4 in another town, household h in d.
	 */
	private void town() {
		graph("CREATE " + String.join(", ", municipality("m", run + " M"), district("d", run + " D"),
				municipality("m2", run + " M2"), organization("o1", run + " O1"), organization("o2", run + " O2"),
				archivedOrganization("o3", run + " O3"), organization("o4", run + " O4"), staff("s1", run + " S1"),
				staff("s3", run + " S3"), volunteer("v", run + " V"), network("n", run + " N"),
				activity("act", run + " Act"), service("sv", run + " Sv"), household("h")), """
				CREATE (d)-[:PART_OF]->(m)
				CREATE (o1)-[:LOCATED_IN]->(d), (o2)-[:SERVES]->(m), (o3)-[:LOCATED_IN]->(m), (o4)-[:LOCATED_IN]->(m2)
				CREATE (s1)-[:WORKS_FOR {role: 'CSW'}]->(o1), (s3)-[:WORKS_FOR {role: 'CSW'}]->(o3)
				CREATE (v)-[:ASSIGNED_TO]->(d), (v)-[:BELONGS_TO]->(o2)
				CREATE (n)-[:COVERS]->(m), (o1)-[:MEMBER_OF {role: 'MEMBER'}]->(n), (o2)-[:MEMBER_OF {role: 'SECRETARIAT'}]->(n)
				CREATE (act)-[:HELD_IN]->(d), (o1)-[:RUNS {role: 'LEAD'}]->(act), (n)-[:RUNS {role: 'PARTNER'}]->(act)
				CREATE (sv)-[:AVAILABLE_IN]->(m), (o2)-[:PROVIDES]->(sv)
				CREATE (o1)-[:COLLABORATES_WITH {collaborationKind: 'AGREEMENT'}]->(o2)
				CREATE (o2)-[:COLLABORATES_WITH {collaborationKind: 'JOINT_ACTIVITY'}]->(o1)
				CREATE (o4)-[:COLLABORATES_WITH {collaborationKind: 'AGREEMENT'}]->(o1), (o3)-[:COLLABORATES_WITH]->(o1)
				CREATE (h)-[:LIVES_IN]->(d), (o1)-[:SUPPORTS]->(h), (h)-[:RECORD_HELD_BY]->(o2)""");
	}

	/**
	 * Every node once, in the map's order; every tie once, on the page of its later end, both ends already drawn;
	 * totals as announced; a node's degree is the weight of its ties.
	 */
	private static void assertConsistent(List<MapView> pages) {
		Set<String> drawn = new HashSet<>();
		List<NodeView> nodes = new ArrayList<>();
		Set<String> ties = new HashSet<>();
		Map<String, Integer> weights = new HashMap<>();
		for (MapView page : pages) {
			assertThat(page.totalCount()).isEqualTo(pages.get(0).totalCount());
			assertThat(page.tieCount()).isEqualTo(pages.get(0).tieCount());
			Set<String> onPage = new HashSet<>();
			for (NodeView node : page.nodes()) {
				assertThat(drawn.add(node.id())).as("node %s drawn twice", node.name()).isTrue();
				onPage.add(node.id());
				nodes.add(node);
			}
			for (TieView tie : page.ties()) {
				assertThat(ties.add(tie.id())).as("tie %s sent twice", tie.id()).isTrue();
				assertThat(drawn).as("ends of tie %s", tie.id()).contains(tie.from(), tie.to());
				assertThat(onPage.contains(tie.from()) || onPage.contains(tie.to())).as("tie %s completed", tie.id())
					.isTrue();
				weights.merge(tie.from(), tie.weight(), Integer::sum);
				weights.merge(tie.to(), tie.weight(), Integer::sum);
			}
		}
		assertThat(nodes).hasSize((int) pages.get(0).totalCount());
		assertThat(ties).hasSize((int) pages.get(0).tieCount());
		assertThat(nodes).isSortedAccordingTo(Comparator.comparing(NodeView::degree).reversed().thenComparing(NodeView::id));
		assertThat(nodes).allSatisfy(node -> assertThat(weights.getOrDefault(node.id(), 0)).as(node.name())
			.isEqualTo(node.degree()));
		assertThat(pages.get(pages.size() - 1).pageInfo().hasNextPage()).isFalse();
	}

	private String describe(TieView tie) {
		return key(tie.from()) + "-" + tie.kind() + "-" + key(tie.to()) + " " + tie.roles() + " x" + tie.weight();
	}

	private String key(String nodeId) {
		return nodeId.substring(run.length());
	}

	private static List<MapView> allPages(GraphQlTester tester, String area, List<String> kinds, List<String> nodeKinds,
			int first) {
		List<MapView> pages = new ArrayList<>();
		String after = null;
		do {
			MapView page = page(tester, area, kinds, nodeKinds, first, after);
			pages.add(page);
			after = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
		}
		while (after != null);
		return pages;
	}

	private static GraphQlTester.Response request(GraphQlTester tester, String area, List<String> kinds,
			List<String> nodeKinds, Integer first, String after) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("area", area);
		variables.put("kinds", kinds);
		variables.put("nodeKinds", nodeKinds);
		variables.put("first", first);
		variables.put("after", after);
		GraphQlTester.Request<?> request = tester.documentName("mapping-network-map");
		variables.forEach((name, value) -> {
			if (value != null) {
				request.variable(name, value);
			}
		});
		return request.execute();
	}

	private static MapView page(GraphQlTester tester, String area, List<String> kinds, List<String> nodeKinds,
			Integer first, String after) {
		return request(tester, area, kinds, nodeKinds, first, after).path("networkMap").entity(MapView.class).get();
	}

	record MapView(AreaView area, long totalCount, long tieCount, List<NodeView> nodes, List<TieView> ties,
			PageInfoView pageInfo) {
	}

	record AreaView(String code, String name) {
	}

	record NodeView(String id, String kind, String kindLabelJa, String name, String subKind, String subKindLabelJa,
			int degree) {
	}

	record TieView(String id, String from, String to, String kind, String kindLabelJa, List<String> roles,
			int weight) {
	}

	record PageInfoView(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}
}
