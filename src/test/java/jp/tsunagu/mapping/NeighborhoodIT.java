package jp.tsunagu.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * neighborhood: the nodes within a depth of a node, nearest first, bounded by a limit, with the ties between them;
 * never households or archived nodes.
 */
class NeighborhoodIT extends MappingTestSupport {

	@Test
	void theOnoCouncilsNeighboursAreItsNetworksStaffActivitiesAndPartnersInOneStatement() {
		String council = idOfNamed("Organization", "小野市社会福祉協議会");
		long directoryNeighbours = count("""
				MATCH (:Organization {id: $id})-[:MEMBER_OF|COLLABORATES_WITH|OPERATES|WORKS_FOR|BELONGS_TO|RUNS|SUBCOMMITTEE_OF]-(n)
				WHERE NOT coalesce(n.archived, false)
				RETURN count(DISTINCT n)""", "id", council);
		GraphQlTester coordinator = coordinator();

		statements.reset();
		NeighborhoodView around = neighborhood(coordinator, council, null, null, null);

		assertThat(statements.count()).isEqualTo(1);
		assertThat(around.centre().name()).isEqualTo("小野市社会福祉協議会");
		assertThat(around.nodes().get(0)).satisfies(centre -> {
			assertThat(centre.id()).isEqualTo(council);
			assertThat(centre.centre()).isTrue();
			assertThat(centre.distance()).isZero();
		});
		assertThat(around.nodes()).hasSize((int) directoryNeighbours + 1);
		assertThat(around.nodes().subList(1, around.nodes().size())).allSatisfy(node -> {
			assertThat(node.distance()).isEqualTo(1);
			assertThat(node.centre()).isFalse();
		}).extracting(NodeView::kind).doesNotContain("HOUSEHOLD", "AREA", "SERVICE");
		assertThat(around.nodes()).extracting(NodeView::name)
			.contains("ほっとかへんネットおの", "高橋 健一", "社会福祉法人きすみ野福祉会", "買い物バスツアー（来住地区）");
		assertThat(around.truncated()).isFalse();
		assertThat(around.reachableCount()).isEqualTo(around.nodes().size());
		String hottokahen = idOfNamed("Network", "ほっとかへんネットおの");
		assertThat(around.ties()).extracting(TieView::from, TieView::to, TieView::kind, TieView::role)
			.contains(tuple(council, hottokahen, "MEMBER_OF", "SECRETARIAT"));
	}

	@Test
	void depthReachesExactlyThatManyTiesAndEveryTieBetweenReturnedNodesComes() {
		chain();

		assertThat(distances(neighborhood(coordinator(), id("c"), 1, null, null)))
			.containsExactly(entry("c", 0), entry("n", 1), entry("x1", 1));
		NeighborhoodView two = neighborhood(coordinator(), id("c"), 2, null, null);
		assertThat(distances(two)).containsExactly(entry("c", 0), entry("n", 1), entry("x1", 1), entry("x2", 2),
				entry("y", 2));
		// y-x1 joins two nodes of the neighbourhood that are not the centre; x2-x3 leaves it
		assertThat(two.ties()).extracting(tie -> key(tie.from()) + "-" + tie.kind() + "-" + key(tie.to()))
			.containsExactlyInAnyOrder("c-COLLABORATES_WITH-x1", "x1-COLLABORATES_WITH-x2", "c-MEMBER_OF-n",
					"y-MEMBER_OF-n", "y-COLLABORATES_WITH-x1");
		assertThat(distances(neighborhood(coordinator(), id("c"), 3, null, null))).containsExactly(entry("c", 0),
				entry("n", 1), entry("x1", 1), entry("x2", 2), entry("y", 2), entry("x3", 3));
	}

	@Test
	void theLimitKeepsTheNearestAndSaysTheRestWasCut() {
		chain();

		NeighborhoodView cut = neighborhood(coordinator(), id("c"), 3, null, 3);

		assertThat(distances(cut)).containsExactly(entry("c", 0), entry("n", 1), entry("x1", 1));
		assertThat(cut.truncated()).isTrue();
		assertThat(cut.reachableCount()).isEqualTo(6);
		assertThat(cut.ties()).extracting(tie -> key(tie.from()) + "-" + key(tie.to()))
			.containsExactlyInAnyOrder("c-x1", "c-n");
		NeighborhoodView whole = neighborhood(coordinator(), id("c"), 3, null, 6);
		assertThat(whole.truncated()).isFalse();
		assertThat(whole.nodes()).hasSize(6);
		assertThat(neighborhood(coordinator(), id("c"), 3, null, 1).nodes()).extracting(NodeView::id)
			.containsExactly(id("c"));
	}

	@Test
	void pastMaxReachedNodesNothingMoreIsExaminedTheNearestAreKeptAndTheCountMeansAtLeast() {
		graph("CREATE " + organization("c", run + " C"));
		// ten partners of c, each with 1,100 partners of its own: 11,010 nodes within two ties
		write("""
				MATCH (c:Organization {id: $run + 'c'})
				UNWIND range(1, 10) AS i
				CREATE (c)-[:COLLABORATES_WITH]->(x:Organization:Npo {id: $run + 'x' + i, name: 'X' + i, kind: 'NPO',
				        archived: false, createdAt: datetime()})
				WITH x UNWIND range(1, 1100) AS j
				CREATE (x)-[:COLLABORATES_WITH]->(:Organization:Npo {id: x.id + 'y' + j, name: 'Y' + j, kind: 'NPO',
				        archived: false, createdAt: datetime()})""", "run", run);

		NeighborhoodView around = neighborhood(coordinator(), id("c"), 2, null, 20);

		assertThat(around.reachableCount()).isEqualTo(NeighborhoodQueries.MAX_REACHED + 1);
		assertThat(around.truncated()).isTrue();
		assertThat(around.nodes()).extracting(NodeView::distance)
			.containsExactly(0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2);
	}

	@Test
	void onlyTheAskedKindsOfTieAreFollowed() {
		chain();

		assertThat(distances(neighborhood(coordinator(), id("c"), 3, List.of("MEMBER_OF"), null)))
			.containsExactly(entry("c", 0), entry("n", 1), entry("y", 2));
		assertThat(distances(neighborhood(coordinator(), id("c"), 3, List.of("COLLABORATES_WITH"), null)))
			.containsExactly(entry("c", 0), entry("x1", 1), entry("x2", 2), entry("y", 2), entry("x3", 3));
	}

	@Test
	void householdsAndArchivedNodesAreNeverInANeighbourhoodNorPassed() {
		graph("CREATE " + String.join(", ", organization("c", run + " C"), household("h"), household("g"),
				organization("z", run + " Z"), archivedOrganization("a", run + " A"), organization("w", run + " W"),
				organization("x", run + " X")), """
				CREATE (c)-[:SUPPORTS]->(h)<-[:SUPPORTS]-(z)
				CREATE (c)-[:MEMBER_OF]->(g)<-[:MEMBER_OF]-(z)
				CREATE (c)-[:COLLABORATES_WITH]->(a)-[:COLLABORATES_WITH]->(w)
				CREATE (c)-[:COLLABORATES_WITH]->(x)""");

		NeighborhoodView around = neighborhood(coordinator(), id("c"), 3, null, null);

		assertThat(around.nodes()).extracting(NodeView::id).containsExactly(id("c"), id("x"));
		assertBadRequest(request(coordinator(), id("c"), 1, List.of("SUPPORTS"), null), "kinds",
				"ties to households (SUPPORTS) are never on a map or a path");
		assertBadRequest(request(coordinator(), id("h"), 1, null, null), "id",
				"no organisation, person, network, activity, service or area has id " + id("h"));
		assertBadRequest(request(coordinator(), id("a"), 1, null, null), "id", id("a") + " is archived");
	}

	@Test
	void aServiceIsReachedThroughItsProviderByDefault() {
		graph("CREATE " + String.join(", ", organization("o", run + " O"), service("s", run + " S"),
				network("n", run + " N")), """
				CREATE (o)-[:PROVIDES]->(s)
				CREATE (o)-[:MEMBER_OF]->(n)""");

		assertThat(distances(neighborhood(coordinator(), id("s"), 2, null, null))).containsExactly(entry("s", 0),
				entry("o", 1), entry("n", 2));
		// around the provider the default is the directory ties only
		assertThat(distances(neighborhood(coordinator(), id("o"), 1, null, null))).containsExactly(entry("o", 0),
				entry("n", 1));
	}

	@Test
	void badArgumentsAreNamedAndAnonymousCallersAreRefused() {
		graph("CREATE " + organization("c", run + " C"));

		assertBadRequest(request(coordinator(), id("c"), 0, null, null), "depth", "must be between 1 and 3, was 0");
		assertBadRequest(request(coordinator(), id("c"), 4, null, null), "depth", "must be between 1 and 3, was 4");
		assertBadRequest(request(coordinator(), id("c"), 1, null, 0), "limit", "must be between 1 and 1000, was 0");
		assertBadRequest(request(coordinator(), id("c"), 1, null, 1001), "limit",
				"must be between 1 and 1000, was 1001");
		for (Role role : SIGNED_IN) {
			assertThat(neighborhood(signedIn(role), id("c"), null, null, null).nodes()).as(role.name()).hasSize(1);
		}
		assertUnauthorized(request(patient(anonymous), id("c"), null, null, null));
	}

	/**
	 * c -collab- x1 -collab- x2 -collab- x3 -collab- x4, c -member- n -member- y, y -collab- x1: x4 is four ties away.
	 */
	private void chain() {
		graph("CREATE " + String.join(", ", organization("c", run + " C"), organization("x1", run + " X1"),
				organization("x2", run + " X2"), organization("x3", run + " X3"), organization("x4", run + " X4"),
				network("n", run + " N"), organization("y", run + " Y")), """
				CREATE (c)-[:COLLABORATES_WITH]->(x1)-[:COLLABORATES_WITH]->(x2)-[:COLLABORATES_WITH]->(x3)
				       -[:COLLABORATES_WITH]->(x4)
				CREATE (c)-[:MEMBER_OF]->(n)<-[:MEMBER_OF]-(y)-[:COLLABORATES_WITH]->(x1)""");
	}

	private String key(String nodeId) {
		return nodeId.substring(run.length());
	}

	private static String entry(String key, int distance) {
		return key + "@" + distance;
	}

	private List<String> distances(NeighborhoodView view) {
		return view.nodes().stream().map(node -> entry(key(node.id()), node.distance())).toList();
	}

	private static GraphQlTester.Response request(GraphQlTester tester, String id, Integer depth, List<String> kinds,
			Integer limit) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("id", id);
		variables.put("depth", depth);
		variables.put("kinds", kinds);
		variables.put("limit", limit);
		GraphQlTester.Request<?> request = tester.documentName("mapping-neighborhood");
		variables.forEach((name, value) -> {
			if (value != null) {
				request.variable(name, value);
			}
		});
		return request.execute();
	}

	private static NeighborhoodView neighborhood(GraphQlTester tester, String id, Integer depth, List<String> kinds,
			Integer limit) {
		return request(tester, id, depth, kinds, limit).path("neighborhood").entity(NeighborhoodView.class).get();
	}

	record NeighborhoodView(CentreView centre, int depth, List<NodeView> nodes, List<TieView> ties, int reachableCount,
			boolean truncated) {
	}

	record CentreView(String id, String name, String kind) {
	}

	record NodeView(String id, String kind, String kindLabelJa, String name, String subKind, String subKindLabelJa,
			int distance, boolean centre) {
	}

	record TieView(String from, String to, String kind, String role) {
	}
}
