package jp.tsunagu.discovery;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * What a coordinator no longer sees as a warm introduction: a chain of more than {@link DiscoveryService#MAX_DIRECTORY_TIES}
 * directory ties after the knower, or one through an organisation or network of another municipality. Such a service
 * is still offered, ranked as cold ("既存のつながりなし"). Prefecture-level bodies above the household's municipality
 * stay on paths. Hand-built graphs around the record holder 記録保有機関 of テスト市.
 */
class WarmPathBoundIT extends DiscoveryTestSupport {

	private static final String COLD = "既存のつながりなし（直接の連絡が必要）";

	@Test
	void aChainOfThreeDirectoryTiesIsAWarmIntroduction() {
		Graph graph = graph(List.of("food"));
		String service = graph.service("食料支援", "municipality", List.of("food"));
		String between = graph.organization("間の法人");
		graph.collaborate(graph.recordHolder, between);
		graph.collaborate(between, graph.providerOf(service));

		GraphQlTester.Response response = graph.discover().execute();
		response.path("discover.edges[0].node.warmestPath.nodes[*].name")
			.entityList(String.class)
			.containsExactly("HH-" + graph.prefix, "記録保有機関", "間の法人", "食料支援の運営法人", "食料支援");
		response.path("discover.edges[0].node.reasons[1]").entity(String.class).isEqualTo("この世帯の記録を保有する 記録保有機関 から3ステップ");
	}

	@Test
	void aChainOfFourDirectoryTiesIsNoWarmIntroduction() {
		Graph graph = graph(List.of("food"));
		String service = graph.service("食料支援", "municipality", List.of("food"));
		String first = graph.organization("一つ目の法人");
		String second = graph.organization("二つ目の法人");
		graph.collaborate(graph.recordHolder, first);
		graph.collaborate(first, second);
		graph.collaborate(second, graph.providerOf(service));

		GraphQlTester.Response response = graph.discover().execute();
		response.path("discover.edges[0].node.service.name").entity(String.class).isEqualTo("食料支援");
		response.path("discover.edges[0].node.warmestPath").valueIsNull();
		response.path("discover.edges[0].node.reasons[1]").entity(String.class).isEqualTo(COLD);
	}

	@Test
	void aChainThroughAnotherMunicipalitysOrganisationIsNoWarmIntroduction() {
		Graph graph = graph(List.of("food"));
		String service = graph.service("食料支援", "municipality", List.of("food"));
		String neighbour = graph.organization("隣の市の法人", "neighbour");
		graph.collaborate(graph.recordHolder, neighbour);
		graph.collaborate(neighbour, graph.providerOf(service));

		GraphQlTester.Response response = graph.discover().execute();
		response.path("discover.edges[0].node.warmestPath").valueIsNull();
		response.path("discover.edges[0].node.reasons[1]").entity(String.class).isEqualTo(COLD);
	}

	@Test
	void aChainThroughANetworkOfAnotherMunicipalityIsNoWarmIntroductionButOneOfThePrefectureIs() {
		for (String covered : List.of("neighbour", "prefecture")) {
			Graph graph = graph(List.of("food"));
			String service = graph.service("食料支援", "municipality", List.of("food"));
			write("""
					MATCH (a:Organization {id: $one}), (b:Organization {id: $other}), (area:Area {code: $area})
					CREATE (n:Network {id: randomUUID(), name: '連絡会', archived: false, createdAt: datetime()})-[:COVERS]->(area)
					CREATE (a)-[:MEMBER_OF]->(n)<-[:MEMBER_OF]-(b)""", "one", graph.recordHolder, "other",
					graph.providerOf(service), "area", graph.code(covered));

			GraphQlTester.Response response = graph.discover().execute();
			if (covered.equals("neighbour")) {
				response.path("discover.edges[0].node.warmestPath").valueIsNull();
			}
			else {
				response.path("discover.edges[0].node.warmestPath.nodes[*].name")
					.entityList(String.class)
					.containsExactly("HH-" + graph.prefix, "記録保有機関", "連絡会", "食料支援の運営法人", "食料支援");
			}
		}
	}

	@Test
	void aPrefectureLevelBodyStaysOnThePath() {
		Graph graph = graph(List.of("food"));
		String service = graph.service("食料支援", "municipality", List.of("food"));
		String prefectural = graph.organization("テスト県社会福祉協議会", "prefecture");
		graph.collaborate(graph.recordHolder, prefectural);
		graph.collaborate(prefectural, graph.providerOf(service));

		graph.discover()
			.execute()
			.path("discover.edges[0].node.warmestPath.nodes[*].name")
			.entityList(String.class)
			.containsExactly("HH-" + graph.prefix, "記録保有機関", "テスト県社会福祉協議会", "食料支援の運営法人", "食料支援");
	}

	/** The provider is an intermediate node too: one of another municipality breaks the path to its service. */
	@Test
	void aServiceOfThePrefectureProvidedFromAnotherMunicipalityIsOfferedButCold() {
		Graph graph = graph(List.of("food"));
		String service = graph.service("県域の食料支援", "prefecture", List.of("food"));
		write("MATCH (o:Organization {id: $provider})-[located:LOCATED_IN]->() DELETE located", "provider",
				graph.providerOf(service));
		write("MATCH (o:Organization {id: $provider}), (a:Area {code: $area}) CREATE (o)-[:LOCATED_IN]->(a)", "provider",
				graph.providerOf(service), "area", graph.code("neighbour"));
		graph.collaborate(graph.recordHolder, graph.providerOf(service));

		GraphQlTester.Response response = graph.discover().execute();
		response.path("discover.edges[0].node.service.name").entity(String.class).isEqualTo("県域の食料支援");
		response.path("discover.edges[0].node.availability").entity(String.class).isEqualTo("PREFECTURE");
		response.path("discover.edges[0].node.warmestPath").valueIsNull();
	}
}
