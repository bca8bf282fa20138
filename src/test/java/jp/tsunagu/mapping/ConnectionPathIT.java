package jp.tsunagu.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.graph.CypherParameters;
import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * connectionPath: every shortest chain of ties between two nodes, on the demo network and on small graphs whose
 * answer is known; never through households or archived nodes; area ties only when asked.
 */
class ConnectionPathIT extends MappingTestSupport {

	@Test
	void theOnoCouncilReachesACorporationOfHottokahenNetOnoThroughTheNetworkItRunsTheSecretariatOf() {
		String council = idOfNamed("Organization", "小野市社会福祉協議会");
		String corporation = idOfNamed("Organization", "社会福祉法人あお野会");

		GraphQlTester coordinator = coordinator();
		statements.reset();
		List<PathView> paths = paths(coordinator, council, corporation, null, null, null);

		assertThat(statements.count()).isEqualTo(1);
		assertThat(paths).singleElement().satisfies(path -> {
			assertThat(path.length()).isEqualTo(2);
			assertThat(path.names()).containsExactly("小野市社会福祉協議会", "ほっとかへんネットおの", "社会福祉法人あお野会");
			assertThat(path.nodes()).extracting(NodeView::kind).containsExactly("ORGANIZATION", "NETWORK", "ORGANIZATION");
			assertThat(path.nodes().get(0).subKindLabelJa()).isEqualTo("社会福祉協議会");
			assertThat(path.ties()).extracting(TieView::kind).containsExactly("MEMBER_OF", "MEMBER_OF");
			assertThat(path.ties()).extracting(TieView::role).containsExactly("SECRETARIAT", "MEMBER");
			// a tie keeps its stored direction: the corporation is the member, so it is the start of the second tie
			assertThat(path.ties().get(1).from()).isEqualTo(corporation);
			assertThat(path.ties().get(1).kindLabelJa()).isEqualTo("ネットワークへの参加");
		});
	}

	@Test
	void everyShortestChainComesInOrderOfTheNamesAlongItAndALongerOneDoesNot() {
		graph("CREATE " + String.join(", ", organization("a", run + " A"), organization("b", run + " B"),
				network("n1", run + " N1"), network("n2", run + " N2"), organization("c", run + " C"),
				organization("d", run + " D")), """
				CREATE (a)-[:MEMBER_OF {role: 'MEMBER'}]->(n2)<-[:MEMBER_OF {role: 'MEMBER'}]-(b)
				CREATE (a)-[:MEMBER_OF {role: 'CHAIR'}]->(n1)<-[:MEMBER_OF {role: 'MEMBER'}]-(b)
				CREATE (a)-[:COLLABORATES_WITH {collaborationKind: 'AGREEMENT'}]->(c)-[:COLLABORATES_WITH]->(d)
				       -[:COLLABORATES_WITH]->(b)""");

		List<PathView> paths = paths(coordinator(), id("a"), id("b"), null, null, null);

		assertThat(paths).extracting(PathView::names)
			.containsExactly(List.of(run + " A", run + " N1", run + " B"), List.of(run + " A", run + " N2", run + " B"));
		assertThat(paths.get(0).ties()).extracting(TieView::role).containsExactly("CHAIR", "MEMBER");
		assertThat(paths(coordinator(), id("a"), id("b"), null, null, 1)).extracting(PathView::names)
			.containsExactly(List.of(run + " A", run + " N1", run + " B"));
		// without the networks, the three collaborations are the shortest chain; a collaboration's kind is its role
		assertThat(paths(coordinator(), id("a"), id("b"), List.of("COLLABORATES_WITH"), null, null))
			.singleElement()
			.satisfies(path -> {
				assertThat(path.names()).containsExactly(run + " A", run + " C", run + " D", run + " B");
				assertThat(path.ties().get(0).role()).isEqualTo("AGREEMENT");
			});
		assertThat(paths(coordinator(), id("a"), id("b"), List.of("COLLABORATES_WITH"), 2, null)).isEmpty();
	}

	@Test
	void maxLengthTwoFindsNoChainOfThreeAndItsSearchStopsAtTwoTies() {
		graph("CREATE " + String.join(", ", organization("a", run + " A"), organization("c", run + " C"),
				organization("d", run + " D"), organization("b", run + " B")),
				"CREATE (a)-[:COLLABORATES_WITH]->(c)-[:COLLABORATES_WITH]->(d)-[:COLLABORATES_WITH]->(b)");
		// both ends have 500 partners with three partners each: a search past two ties has thousands of nodes to expand
		write("""
				UNWIND ['a', 'b'] AS end
				MATCH (e:Organization {id: $run + end})
				UNWIND range(1, 500) AS i
				CREATE (e)-[:COLLABORATES_WITH]->(f:Organization:Npo {id: $run + end + 'f' + i, name: 'F' + i,
				        kind: 'NPO', archived: false, createdAt: datetime()})
				WITH f UNWIND range(1, 3) AS j
				CREATE (f)-[:COLLABORATES_WITH]->(:Organization:Npo {id: f.id + 'g' + j, name: 'G' + j, kind: 'NPO',
				        archived: false, createdAt: datetime()})""", "run", run);

		assertThat(paths(coordinator(), id("a"), id("b"), null, 2, null)).isEmpty();
		assertThat(paths(coordinator(), id("a"), id("b"), null, 3, null)).singleElement()
			.satisfies(path -> assertThat(path.names()).containsExactly(run + " A", run + " C", run + " D", run + " B"));
		long withinTwo = dbHits(ConnectionPathQueries.cypher(2), id("a"), id("b"));
		long withinThree = dbHits(ConnectionPathQueries.cypher(3), id("a"), id("b"));
		long withinEight = dbHits(ConnectionPathQueries.cypher(8), id("a"), id("b"));
		System.out.printf("connectionPath over 3 ties, 500 partners on each end: %d db hits within 2, %d within 3, %d within 8%n",
				withinTwo, withinThree, withinEight);
		assertThat(withinTwo * 2).isLessThan(withinThree);
	}

	@Test
	void atMostMaxPathsExaminedShortestChainsAreTakenFromTheSearch() {
		graph("CREATE " + String.join(", ", organization("a", run + " A"), organization("b", run + " B")));
		write("""
				MATCH (a:Organization {id: $run + 'a'}), (b:Organization {id: $run + 'b'})
				UNWIND range(1, 150) AS i
				CREATE (a)-[:MEMBER_OF]->(:Network {id: $run + 'n' + i, name: $run + ' N' + i,
				        networkKind: 'LIAISON_COUNCIL', archived: false, createdAt: datetime()})<-[:MEMBER_OF]-(b)""",
				"run", run);

		List<PathView> found = paths(coordinator(), id("a"), id("b"), null, null, 20);
		assertThat(found).hasSize(20).allSatisfy(path -> assertThat(path.length()).isEqualTo(2));
		assertThat(found).extracting(path -> path.names().get(1)).isSorted();
		// the statement itself, asked for more than the API allows, still takes no more than the cap
		try (Session session = driver.session()) {
			List<Object> paths = session
				.run(ConnectionPathQueries.cypher(6), CypherParameters.of("from", id("a"), "to", id("b"), "kinds",
						TieRules.kinds(null, false), "providesForServices", true, "first", 1000))
				.single()
				.get("paths")
				.asList();
			assertThat(paths).hasSize(ConnectionPathQueries.MAX_PATHS_EXAMINED);
		}
	}

	private long dbHits(String statement, String from, String to) {
		try (Session session = driver.session()) {
			ResultSummary summary = session
				.run("PROFILE " + statement, CypherParameters.of("from", from, "to", to, "kinds",
						TieRules.kinds(null, false), "providesForServices", true, "first", 5))
				.consume();
			return totalDbHits(summary.profile());
		}
	}

	private static long totalDbHits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(ConnectionPathIT::totalDbHits).sum();
	}

	@Test
	void aChainThroughAHouseholdIsNeverFoundWhateverTheTiesAreCalled() {
		graph("CREATE " + String.join(", ", organization("a", run + " A"), organization("b", run + " B"),
				household("h"), household("g")), """
				CREATE (a)-[:SUPPORTS]->(h)<-[:SUPPORTS]-(b)
				CREATE (a)-[:MEMBER_OF]->(g)<-[:MEMBER_OF]-(b)""");

		assertThat(paths(coordinator(), id("a"), id("b"), null, 8, null)).isEmpty();
		assertThat(paths(coordinator(), id("a"), id("b"), List.of("MEMBER_OF", "COLLABORATES_WITH"), 8, null)).isEmpty();
		assertBadRequest(path(coordinator(), id("a"), id("b"), List.of("MEMBER_OF", "SUPPORTS"), null, null), "kinds",
				"ties to households (SUPPORTS) are never on a map or a path");
		// a household's id is no end either, and the answer does not tell that it exists
		assertBadRequest(path(coordinator(), id("a"), id("h"), null, null, null), "to",
				"no organisation, person, network, activity or service has id " + id("h"));
	}

	@Test
	void archivedNodesAreNotPassedSoTheLongerLiveChainIsTheShortest() {
		graph("CREATE " + String.join(", ", organization("a", run + " A"), organization("b", run + " B"),
				archivedOrganization("x", run + " X"), network("n", run + " N"), organization("c", run + " C")), """
				CREATE (a)-[:COLLABORATES_WITH]->(x)-[:COLLABORATES_WITH]->(b)
				CREATE (a)-[:MEMBER_OF]->(n)<-[:MEMBER_OF]-(c)-[:COLLABORATES_WITH]->(b)""");

		assertThat(paths(coordinator(), id("a"), id("b"), null, null, null)).extracting(PathView::names)
			.containsExactly(List.of(run + " A", run + " N", run + " C", run + " B"));
		assertBadRequest(path(coordinator(), id("a"), id("x"), null, null, null), "to", id("x") + " is archived");
	}

	@Test
	void areaTiesAreFollowedOnlyWhenAskedAndServicesBringTheirProviderTie() {
		graph("CREATE " + String.join(", ", organization("a", run + " A"), organization("b", run + " B"),
				municipality("m", run + " M"), service("s", run + " S")), """
				CREATE (a)-[:LOCATED_IN]->(m)<-[:LOCATED_IN]-(b)
				CREATE (b)-[:PROVIDES]->(s)""");

		assertThat(paths(coordinator(), id("a"), id("b"), null, null, null)).isEmpty();
		assertThat(paths(coordinator(), id("a"), id("b"), List.of("LOCATED_IN"), null, null)).singleElement()
			.satisfies(path -> {
				assertThat(path.nodes()).extracting(NodeView::kind).containsExactly("ORGANIZATION", "AREA", "ORGANIZATION");
				assertThat(path.nodes().get(1).subKind()).isEqualTo("MUNICIPALITY");
			});
		// PROVIDES is followed by default when an end is a service, not otherwise
		assertThat(paths(coordinator(), id("b"), id("s"), null, null, null)).singleElement()
			.satisfies(path -> assertThat(path.ties()).extracting(TieView::kind).containsExactly("PROVIDES"));
		assertThat(paths(coordinator(), id("a"), id("s"), List.of("LOCATED_IN", "PROVIDES"), null, null))
			.singleElement()
			.satisfies(path -> assertThat(path.names()).containsExactly(run + " A", run + " M", run + " B", run + " S"));
		assertThat(paths(coordinator(), id("a"), id("s"), List.of("LOCATED_IN"), null, null)).isEmpty();
	}

	@Test
	void anEndIsItsOwnChainOfNoTies() {
		graph("CREATE " + organization("a", run + " A"));

		assertThat(paths(coordinator(), id("a"), id("a"), null, null, null)).singleElement().satisfies(path -> {
			assertThat(path.length()).isZero();
			assertThat(path.names()).containsExactly(run + " A");
		});
	}

	@Test
	void badArgumentsAreNamed() {
		graph("CREATE " + String.join(", ", organization("a", run + " A"), organization("b", run + " B")));

		assertBadRequest(path(coordinator(), "no-such-id", id("b"), null, null, null), "from",
				"no organisation, person, network, activity or service has id no-such-id");
		assertBadRequest(path(coordinator(), id("a"), id("b"), null, 9, null), "maxLength",
				"must be between 1 and 8, was 9");
		assertBadRequest(path(coordinator(), id("a"), id("b"), null, 0, null), "maxLength",
				"must be between 1 and 8, was 0");
		assertBadRequest(path(coordinator(), id("a"), id("b"), null, null, 21), "first",
				"must be between 1 and 20, was 21");
		assertBadRequest(path(coordinator(), id("a"), id("b"), List.of(), null, null), "kinds", "at least one kind");
	}

	@Test
	void everySignedInRoleMayAskAndAnonymousCallersMayNot() {
		String council = idOfNamed("Organization", "小野市社会福祉協議会");
		String corporation = idOfNamed("Organization", "社会福祉法人あお野会");
		for (Role role : SIGNED_IN) {
			assertThat(paths(signedIn(role), council, corporation, null, null, null)).as(role.name()).hasSize(1);
		}
		assertUnauthorized(path(patient(anonymous), council, corporation, null, null, null));
	}

	private static GraphQlTester.Response path(GraphQlTester tester, String from, String to, List<String> kinds,
			Integer maxLength, Integer first) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("from", from);
		variables.put("to", to);
		variables.put("kinds", kinds);
		variables.put("maxLength", maxLength);
		variables.put("first", first);
		GraphQlTester.Request<?> request = tester.documentName("mapping-connection-path");
		variables.forEach((name, value) -> {
			if (value != null) {
				request.variable(name, value);
			}
		});
		return request.execute();
	}

	private static List<PathView> paths(GraphQlTester tester, String from, String to, List<String> kinds,
			Integer maxLength, Integer first) {
		return path(tester, from, to, kinds, maxLength, first).path("connectionPath")
			.entityList(PathView.class)
			.get();
	}

	record PathView(int length, List<NodeView> nodes, List<TieView> ties) {

		List<String> names() {
			return nodes.stream().map(NodeView::name).toList();
		}
	}

	record NodeView(String id, String kind, String kindLabelJa, String name, String subKind, String subKindLabelJa) {
	}

	record TieView(String from, String to, String kind, String kindLabelJa, String role, String since) {
	}
}
