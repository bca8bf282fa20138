package jp.tsunagu.analytics;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.tsunagu.analystgraph.AnalystGraphRebuild;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.reactive.TransactionCallback;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * collaborationMetrics and writeCollaborationMetrics on small hand-built networks whose answers are known, and on the
 * demo network. Hand-built areas and organisations carry createdAt, so they and their ties go after each test.
 */
class CollaborationMetricsIT extends HubIntegrationTest {

	@Autowired
	private AnalystGraphRebuild rebuild;

	private static final Caller ANALYST = new Caller("test.centrality.analyst", Role.ANALYST, null, null);

	private static final ParameterizedTypeReference<List<Map<String, Object>>> NODES = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private ReactiveNeo4jClient client;

	@Autowired
	private TransactionalOperator transaction;

	private String token;

	@BeforeEach
	void newToken() {
		token = UUID.randomUUID().toString().substring(0, 8);
	}

	/** Scores written onto demo organisations are the demo's no longer: remove them. */
	@AfterEach
	void removeWrittenScores() {
		write("""
				MATCH (o:Organization) WHERE o.collaborationMetricsArea IS NOT NULL
				REMOVE o.collaborationDegree, o.collaborationPageRank, o.collaborationBetweenness,
				  o.collaborationCommunity, o.collaborationMetricsArea, o.collaborationMetricsAt""");
	}

	@Test
	void theBridgeBetweenTwoCliquesRanksFirstAndTheCliquesAreTwoCommunities() {
		Bridged town = bridgedTown();

		GraphQlTester.Response response = metrics(as(ANALYST), town.code(), null, null, null);

		// the outsider, the archived organisation and the household are not in the network
		response.path("collaborationMetrics.organizationCount").entity(Integer.class).isEqualTo(9);
		response.path("collaborationMetrics.tieCount").entity(Integer.class).isEqualTo(14);
		response.path("collaborationMetrics.ties").entityList(String.class)
			.containsExactly("COLLABORATES_WITH", "MEMBER_OF");
		List<Map<String, Object>> ranking = nodes(response);
		assertThat(name(ranking.get(0))).isEqualTo(town.bridge());
		assertThat(ranking.get(0).get("rank")).isEqualTo(1);
		assertThat(number(ranking.get(0), "betweenness")).isCloseTo(16.0 / 28, within(1e-9));
		assertThat(ranking).extracting(CollaborationMetricsIT::name)
			.doesNotContain(town.outsider(), town.archived());

		response.path("collaborationMetrics.communityCount").entity(Integer.class).isEqualTo(2);
		List<Map<String, Object>> communities = response.path("collaborationMetrics.communities")
			.entity(NODES).get();
		assertThat(communities).extracting(community -> community.get("size")).containsExactly(5, 4);
		List<List<String>> members = communities.stream().map(CollaborationMetricsIT::memberNames).toList();
		assertThat(members).anySatisfy(names -> assertThat(names).containsAll(town.cliqueA()))
			.anySatisfy(names -> assertThat(names).containsAll(town.cliqueB()));
		assertThat(members.get(0)).doesNotContainAnyElementsOf(members.get(1));
	}

	@Test
	void aStarCentreHasTheHighestDegreeAndPageRankAndSharedNetworksCountOnlyWhenAskedFor() {
		String town = area("Municipality", null);
		String centre = organization("中心", town, false);
		List<String> spokes = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			spokes.add(organization("周辺" + i, town, false));
			collaborate(centre, spokes.get(i - 1));
		}
		// three spokes share a network: with MEMBER_OF they are tied to each other as well
		network(spokes.subList(0, 3));

		for (String order : List.of("DEGREE", "PAGE_RANK")) {
			List<Map<String, Object>> ranking = nodes(metrics(as(ANALYST), town, List.of("COLLABORATES_WITH"), order, null));
			assertThat(name(ranking.get(0))).as(order).isEqualTo("中心 " + token);
			assertThat(ranking.get(0).get("degree")).isEqualTo(5);
		}
		assertThat(nodes(metrics(as(ANALYST), town, List.of("COLLABORATES_WITH"), null, null)))
			.allSatisfy(node -> assertThat(node.get("degree")).isEqualTo(name(node).startsWith("中心") ? 5 : 1));

		List<Map<String, Object>> both = nodes(metrics(as(ANALYST), town, null, "DEGREE", null));
		// 周辺1: the centre and the two others of the network, each network tie weighing 1/2
		Map<String, Object> first = both.stream().filter(node -> name(node).startsWith("周辺1")).findFirst().orElseThrow();
		assertThat(first.get("degree")).isEqualTo(3);
		assertThat(number(first, "weightedDegree")).isCloseTo(2.0, within(1e-9));
		List<Map<String, Object>> membersOnly = nodes(metrics(as(ANALYST), town, List.of("MEMBER_OF"), "DEGREE", null));
		assertThat(membersOnly.stream().filter(node -> name(node).startsWith("中心")).findFirst().orElseThrow()
			.get("degree")).isEqualTo(0);
	}

	/** Explicit nulls take the schema's defaults: BETWEENNESS and both kinds of tie. */
	@Test
	void explicitNullsMeanTheDefaults() {
		Bridged town = bridgedTown();

		GraphQlTester.Response response = as(ANALYST).documentName("centrality-metrics")
			.variable("area", town.code())
			.variable("orderBy", null)
			.variable("ties", null)
			.execute();

		response.errors().verify();
		response.path("collaborationMetrics.ties").entityList(String.class)
			.containsExactly("COLLABORATES_WITH", "MEMBER_OF");
		assertThat(nodes(response)).extracting(CollaborationMetricsIT::name)
			.containsExactlyElementsOf(nodes(metrics(as(ANALYST), town.code(), null, "BETWEENNESS", null)).stream()
				.map(CollaborationMetricsIT::name)
				.toList());
		assertThat(name(nodes(response).get(0))).isEqualTo(town.bridge());
	}

	/**
	 * 10,000 organisations without a tie beside a chain of three: each costs one step, not a search over all of them,
	 * and still counts among the pairs the middle of the chain is normalised by.
	 */
	@Test
	void organisationsWithoutTiesAreScoredCheaply() {
		String town = area("Municipality", null);
		write("""
				MATCH (town:Area {code: $town})
				UNWIND range(1, 10000) AS i
				CREATE (:Organization:Npo {id: randomUUID(), name: 'lone ' + $token + ' ' + i, kind: 'NPO', archived: false,
				  generated: true, createdAt: datetime()})-[:LOCATED_IN]->(town)""", "town", town, "token", token);
		String left = organization("left", town, false);
		String middle = organization("middle", town, false);
		String right = organization("right", town, false);
		collaborate(left, middle);
		collaborate(middle, right);

		long started = System.nanoTime();
		GraphQlTester.Response response = metrics(as(ANALYST), town, List.of("COLLABORATES_WITH"), null, 1);
		long millis = (System.nanoTime() - started) / 1_000_000;

		response.path("collaborationMetrics.organizationCount").entity(Integer.class).isEqualTo(10_003);
		Map<String, Object> first = nodes(response).get(0);
		assertThat(name(first)).isEqualTo("middle " + token);
		double n = 10_003;
		assertThat(number(first, "betweenness")).isCloseTo(1 / ((n - 1) * (n - 2) / 2), within(1e-15));
		System.out.printf("collaborationMetrics: 10,003 organisations, 2 ties: %d ms%n", millis);
	}

	/**
	 * The network is read and scored before the write transaction opens, so scoring never holds it: the transaction
	 * starts after the projection has been read and is the write's alone.
	 */
	@Test
	void theWriteTransactionOpensOnlyAfterScoring() {
		Bridged town = bridgedTown();
		List<String> events = new CopyOnWriteArrayList<>();
		CollaborationQueries queries = new CollaborationQueries(client) {

			@Override
			Mono<Projection> projection(String areaCode, boolean collaborations, boolean coMembership) {
				return super.projection(areaCode, collaborations, coMembership)
					.doOnSubscribe(subscription -> events.add("read"))
					.doOnNext(projection -> events.add("read done"));
			}

			@Override
			Mono<ZonedDateTime> write(String areaCode, List<OrganizationCentrality> organizations) {
				events.add("scored " + organizations.size());
				return super.write(areaCode, organizations).doOnSubscribe(subscription -> events.add("write"));
			}
		};
		TransactionalOperator recording = new TransactionalOperator() {

			@Override
			public <T> Mono<T> transactional(Mono<T> mono) {
				return Mono.defer(() -> {
					events.add("transaction");
					return transaction.transactional(mono);
				});
			}

			@Override
			public <T> Flux<T> execute(TransactionCallback<T> action) {
				return Flux.defer(() -> {
					events.add("transaction");
					return transaction.execute(action);
				});
			}
		};

		CollaborationAnalysis.CollaborationMetricsPayload payload = new CollaborationAnalysis(queries, recording)
			.write(town.code())
			.block(Duration.ofSeconds(30));

		assertThat(payload.errors()).isEmpty();
		assertThat(events).containsExactly("read", "read done", "scored 9", "transaction", "write");
		assertThat(count("MATCH (o:Organization {collaborationMetricsArea: $area}) RETURN count(o)", "area",
				town.code())).isEqualTo(9);
	}

	@Test
	void pagesFollowTheRanking() {
		Bridged town = bridgedTown();

		GraphQlTester.Response firstPage = metrics(as(ANALYST), town.code(), null, "DEGREE", 4);
		firstPage.path("collaborationMetrics.organizations.totalCount").entity(Integer.class).isEqualTo(9);
		firstPage.path("collaborationMetrics.organizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = firstPage.path("collaborationMetrics.organizations.pageInfo.endCursor").entity(String.class).get();
		List<Map<String, Object>> second = nodes(as(ANALYST).documentName("centrality-metrics")
			.variable("area", town.code()).variable("orderBy", "DEGREE").variable("first", 4).variable("after", cursor)
			.execute());

		assertThat(second).extracting(node -> node.get("rank")).containsExactly(5, 6, 7, 8);
		List<Map<String, Object>> all = nodes(metrics(as(ANALYST), town.code(), null, "DEGREE", 9));
		assertThat(all.subList(4, 8)).extracting(CollaborationMetricsIT::name)
			.containsExactlyElementsOf(second.stream().map(CollaborationMetricsIT::name).toList());
		assertThat(all).extracting(node -> (Integer) node.get("degree")).isSortedAccordingTo((a, b) -> b - a);
	}

	/**
	 * 小野市: its 社協 is secretary of ほっとかへんネットおの (the town's corporations) and works with corporations, the
	 * 民児協, the 自治会 and the volunteers of 来住: the bridge of the town's network.
	 */
	@Test
	void onTheDemoNetworkOnosCouncilIsTheBridge() {
		long organizations = count("""
				MATCH (o:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..3]->(:Area {code: '282189'})
				WHERE NOT coalesce(o.archived, false) RETURN count(DISTINCT o)""");

		HttpGraphQlTester analyst = as(ANALYST);
		statements.reset();
		GraphQlTester.Response response = metrics(analyst, "282189", null, null, 5);
		int statementsRun = statements.count();

		assertThat(statementsRun).isEqualTo(1);
		response.path("collaborationMetrics.area.name").entity(String.class).isEqualTo("小野市");
		response.path("collaborationMetrics.organizationCount").entity(Long.class).isEqualTo(organizations);
		List<Map<String, Object>> ranking = nodes(response);
		assertThat(name(ranking.get(0))).isEqualTo("小野市社会福祉協議会");
		// the corporations おの福祉会 and きすみ野福祉会 sit in the same networks (ほっとかへんネットおの, 来住地区よりそい協議会
		// and ほっとかへんネット, whose members are the corporations, not the 社協s) and bridge as much, in hops; the
		// council's ties are as strong as theirs
		assertThat(ranking).allSatisfy(node -> assertThat(number(node, "betweenness"))
			.isLessThanOrEqualTo(number(ranking.get(0), "betweenness")));
		assertThat(number(ranking.get(0), "weightedDegree")).isGreaterThanOrEqualTo(number(ranking.get(1), "weightedDegree"));
		assertThat(nodes(metrics(as(ANALYST), "282189", null, "DEGREE", 1))).extracting(CollaborationMetricsIT::name)
			.containsExactly("小野市社会福祉協議会");
	}

	@Test
	void theScoresAreWrittenBackAndAnalystsCypherReadsThem() {
		Bridged town = bridgedTown();

		GraphQlTester.Response written = as(ANALYST).documentName("centrality-write").variable("area", town.code())
			.execute();
		written.path("writeCollaborationMetrics.errors").entityList(Object.class).hasSize(0);
		written.path("writeCollaborationMetrics.organizationCount").entity(Integer.class).isEqualTo(9);
		assertThat(count("MATCH (o:Organization {collaborationMetricsArea: $area}) RETURN count(o)", "area",
				town.code())).isEqualTo(9);

		// analysts read the scores on their own graph, once it is rebuilt from the operational one
		rebuild.rebuild(message -> {
		});
		GraphQlTester.Response read = as(ANALYST).documentName("analytics-cypher")
			.variable("query", """
					MATCH (o:Organization) WHERE o.collaborationMetricsArea = $area
					RETURN o.name AS name, o.collaborationBetweenness AS betweenness, o.collaborationDegree AS degree,
					  o.collaborationPageRank AS pageRank, o.collaborationCommunity AS community,
					  o.collaborationMetricsAt IS NOT NULL AS stamped
					ORDER BY betweenness DESC, name LIMIT 1""")
			.variable("parameters", Map.of("area", town.code()))
			.execute();
		read.errors().verify();
		List<Object> top = read.path("analystCypher.rows[0]").entityList(Object.class).get();
		assertThat(top.get(0)).isEqualTo(town.bridge());
		assertThat(((Number) top.get(1)).doubleValue()).isCloseTo(16.0 / 28, within(1e-9));
		assertThat(top.get(2)).isEqualTo(2);
		assertThat(top.get(5)).isEqualTo(true);

		// archived since: its old scores go with the next write
		write("MATCH (o:Organization {name: $name}) SET o.archived = true", "name", town.cliqueA().get(3));
		as(ANALYST).documentName("centrality-write").variable("area", town.code()).execute()
			.path("writeCollaborationMetrics.organizationCount").entity(Integer.class).isEqualTo(8);
		assertThat(count("MATCH (o:Organization {name: $name}) WHERE o.collaborationDegree IS NOT NULL RETURN count(o)",
				"name", town.cliqueA().get(3))).isZero();
	}

	@Test
	void anUnknownAreaIsReportedAndNothingIsWritten() {
		as(ANALYST).documentName("centrality-write").variable("area", "999999").execute()
			.path("writeCollaborationMetrics.errors")
			.entityList(Map.class)
			.containsExactly(Map.of("field", List.of("input", "area"), "message", "コード 999999 の地域はありません"));
		badRequest(metrics(as(ANALYST), "999999", null, null, null), "area: コード 999999 の地域はありません");
		badRequest(metrics(as(ANALYST), "282189", List.of("SUPPORTS"), null, null), "ties: ");
		badRequest(metrics(as(ANALYST), "282189", null, null, 101), "first: ");
	}

	@Test
	void coordinatorsAnalystsAndAdministratorsMayAskOthersMayNot() {
		metrics(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)), "282189", null, null, 1).errors().verify();
		metrics(graphQl, "282189", null, null, 1).errors().verify();
		denied(metrics(as(caller(Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null)), "282189", null, null, 1),
				"FORBIDDEN");
		denied(metrics(anonymous, "282189", null, null, 1), "UNAUTHORIZED");
		HttpGraphQlTester coordinator = as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null));
		denied(coordinator.documentName("centrality-write").variable("area", "282189").execute(), "FORBIDDEN");
		denied(anonymous.documentName("centrality-write").variable("area", "282189").execute(), "UNAUTHORIZED");
		assertThat(count("MATCH (o:Organization) WHERE o.collaborationMetricsArea IS NOT NULL RETURN count(o)")).isZero();
	}

	/**
	 * Not a timed test: prints how long a generated network of 3,000 organisations takes, for docs/api.md. Each
	 * organisation collaborates with two others; 20 networks of 5 to 24 members. One more network of 150 members
	 * takes it past the work one request may ask for.
	 */
	@Test
	void aGeneratedNetworkOfThreeThousandOrganisations() {
		String town = area("Municipality", null);
		write("""
				MATCH (town:Area {code: $town})
				UNWIND range(0, 2999) AS i
				CREATE (:Organization:Npo {id: randomUUID(), name: 'generated ' + $token + ' ' + i, kind: 'NPO',
				  archived: false, generated: true, index: i, createdAt: datetime()})-[:LOCATED_IN]->(town)""",
				"town", town, "token", token);
		write("""
				MATCH (o:Organization) WHERE o.name STARTS WITH 'generated ' + $token
				WITH collect(o) AS organizations
				UNWIND organizations AS o
				UNWIND [7, 1009] AS step
				WITH organizations, o, organizations[(o.index * 17 + step * (o.index % 5 + 1)) % size(organizations)] AS partner
				WHERE partner <> o
				CREATE (o)-[:COLLABORATES_WITH {collaborationKind: 'JOINT_ACTIVITY'}]->(partner)""", "token", token);
		generatedNetworks(20, 5, 1);

		HttpGraphQlTester analyst = as(ANALYST).mutate()
			.webTestClient(client -> client.responseTimeout(Duration.ofMinutes(2)))
			.responseTimeout(Duration.ofMinutes(2))
			.build();
		metrics(analyst, "282189", null, null, 20).errors().verify();
		long demoStarted = System.nanoTime();
		metrics(analyst, "282189", null, null, 20).errors().verify();
		long demoMillis = (System.nanoTime() - demoStarted) / 1_000_000;
		long started = System.nanoTime();
		GraphQlTester.Response response = metrics(analyst, town, null, null, 20);
		long millis = (System.nanoTime() - started) / 1_000_000;

		response.path("collaborationMetrics.organizationCount").entity(Integer.class).isEqualTo(3000);
		int ties = response.path("collaborationMetrics.tieCount").entity(Integer.class).get();
		assertThat(3000L * (3000 + ties)).isLessThanOrEqualTo(CollaborationAnalysis.MAX_WORK);
		System.out.printf("collaborationMetrics: 3000 organisations, %d ties: %d ms; 小野市 (demo): %d ms%n", ties,
				millis, demoMillis);

		generatedNetworks(1, 150, 0);
		badRequest(metrics(analyst, town, null, null, 20), "area: the network of " + town + " has 3000 organisations");
	}

	private void generatedNetworks(int networks, int smallest, int growth) {
		write("""
				MATCH (o:Organization) WHERE o.name STARTS WITH 'generated ' + $token
				WITH collect(o) AS organizations
				UNWIND range(1, $networks) AS n
				CREATE (network:Network {id: randomUUID(), name: 'generated network ' + $token, archived: false,
				  createdAt: datetime()})
				WITH organizations, n, network
				UNWIND range(1, $smallest + n * $growth) AS k
				WITH DISTINCT network, organizations[(n * 97 + k * 31 + $smallest) % size(organizations)] AS member
				CREATE (member)-[:MEMBER_OF {role: 'MEMBER'}]->(network)""", "token", token, "networks", networks,
				"smallest", smallest, "growth", growth);
	}

	/** Cliques a1..a4 and b1..b4 joined only through x (tied to a1 and b1), all in one new town. */
	private Bridged bridgedTown() {
		String town = area("Municipality", null);
		String district = area("District", town);
		String elsewhere = area("Municipality", null);
		List<String> a = new ArrayList<>();
		List<String> b = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			a.add(organization("a" + i, i % 2 == 0 ? district : town, false));
			b.add(organization("b" + i, district, false));
		}
		String bridge = organization("x", town, false);
		for (int i = 0; i < 4; i++) {
			for (int j = i + 1; j < 4; j++) {
				collaborate(b.get(i), b.get(j));
				if (j < 3) {
					collaborate(a.get(i), a.get(j));
				}
			}
		}
		// a4 is tied to the other a's by a network of the four of them only: co-membership makes a clique too
		network(a);
		collaborate(bridge, a.get(0));
		collaborate(b.get(0), bridge);
		String outsider = organization("outsider", elsewhere, false);
		collaborate(outsider, a.get(1));
		collaborate(outsider, b.get(1));
		String archived = organization("archived", town, true);
		collaborate(archived, a.get(2));
		collaborate(archived, b.get(2));
		// a household supported by both cliques is no part of the network
		write("""
				MATCH (d:Area {code: $district})
				CREATE (h:Household {id: randomUUID(), code: 'HH-CENTRALITY-' + $token, protection: 'NONE', archived: false,
				  createdAt: datetime()})-[:LIVES_IN]->(d)
				WITH h MATCH (o:Organization) WHERE o.id IN [$a, $b] CREATE (o)-[:SUPPORTS]->(h)""",
				"district", district, "token", token, "a", a.get(3), "b", b.get(3));
		return new Bridged(town, nameOf(bridge), names(a), names(b), nameOf(outsider), nameOf(archived));
	}

	private record Bridged(String code, String bridge, List<String> cliqueA, List<String> cliqueB, String outsider,
			String archived) {
	}

	private String area(String label, String parentCode) {
		String code = "centrality-" + UUID.randomUUID().toString().substring(0, 12);
		write("CREATE (a:Area {id: randomUUID(), code: $code, name: $code, archived: false, createdAt: datetime()}) "
				+ "SET a:" + label + " WITH a OPTIONAL MATCH (p:Area {code: $parent}) "
				+ "FOREACH (parent IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (a)-[:PART_OF]->(parent))",
				"code", code, "parent", parentCode);
		return code;
	}

	private String organization(String name, String areaCode, boolean archived) {
		return (String) single("""
				MATCH (a:Area {code: $area})
				CREATE (o:Organization:Npo {id: randomUUID(), name: $name, kind: 'NPO', archived: $archived,
				  generated: false, createdAt: datetime()})-[:LOCATED_IN]->(a)
				RETURN o.id""", "area", areaCode, "name", name + " " + token, "archived", archived);
	}

	private void collaborate(String from, String to) {
		write("""
				MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
				CREATE (a)-[:COLLABORATES_WITH {collaborationKind: 'JOINT_ACTIVITY'}]->(b)""", "from", from, "to", to);
	}

	private void network(List<String> members) {
		write("""
				CREATE (n:Network {id: randomUUID(), name: 'network ' + $token, archived: false, createdAt: datetime()})
				WITH n MATCH (o:Organization) WHERE o.id IN $members CREATE (o)-[:MEMBER_OF {role: 'MEMBER'}]->(n)""",
				"token", token, "members", members);
	}

	private String nameOf(String id) {
		return (String) single("MATCH (o:Organization {id: $id}) RETURN o.name", "id", id);
	}

	private List<String> names(List<String> ids) {
		return ids.stream().map(this::nameOf).toList();
	}

	private static GraphQlTester.Response metrics(HttpGraphQlTester tester, String area, List<String> ties,
			String orderBy, Integer first) {
		GraphQlTester.Request<?> request = tester.documentName("centrality-metrics").variable("area", area);
		if (ties != null) {
			request = request.variable("ties", ties);
		}
		if (orderBy != null) {
			request = request.variable("orderBy", orderBy);
		}
		if (first != null) {
			request = request.variable("first", first);
		}
		return request.execute();
	}

	private static List<Map<String, Object>> nodes(GraphQlTester.Response response) {
		return response.path("collaborationMetrics.organizations.edges[*].node").entity(NODES).get();
	}

	@SuppressWarnings("unchecked")
	private static String name(Map<String, Object> node) {
		return (String) ((Map<String, Object>) node.get("organization")).get("name");
	}

	@SuppressWarnings("unchecked")
	private static List<String> memberNames(Map<String, Object> community) {
		return ((List<Map<String, Object>>) community.get("members")).stream().map(m -> (String) m.get("name")).toList();
	}

	private static double number(Map<String, Object> node, String key) {
		return ((Number) node.get(key)).doubleValue();
	}

	private static void badRequest(GraphQlTester.Response response, String messageStart) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).startsWith(messageStart);
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
		}));
	}

	private static void denied(GraphQlTester.Response response, String classification) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", classification)));
	}
}
