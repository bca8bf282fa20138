package jp.tsunagu.discovery;

import java.util.List;

import jp.tsunagu.household.JapanDate;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Warm paths are searched once per way of knowing the household, through all its knowers at once, and a 民生委員's
 * path only as far as it could still tie with the others: the warmest path is still the shortest from any knower,
 * then the knower's name, as {@link Ranking} says. Hand-built graphs around the record holder 記録保有機関.
 */
class WarmPathSearchIT extends DiscoveryTestSupport {

	/** The record holder's chain takes five directory ties: beyond the bound, so it is no path at all. */
	@Test
	void aVolunteerWhosePathIsShorterThanTheRecordHoldersIsTheWarmest() {
		Graph graph = graph(List.of("food"));
		String service = graph.service("食料支援", "municipality", List.of("food"));
		chain(graph, graph.recordHolder, graph.providerOf(service), "経由", 3);
		String volunteer = graph.volunteer("鈴木委員", "district");
		graph.collaborate(graph.councilOf(volunteer), graph.providerOf(service));

		GraphQlTester.Response response = graph.discover().execute();
		response.path("discover.edges[0].node.warmestPath.nodes[*].name")
			.entityList(String.class)
			.containsExactly("HH-" + graph.prefix, "テスト地区", "鈴木委員", "鈴木委員の民児協", "食料支援の運営法人", "食料支援");
		response.path("discover.edges[0].node.reasons[1]").entity(String.class).isEqualTo("担当地区の民生委員 鈴木委員 から3ステップ");
	}

	@Test
	void theRecordHolderWinsOverALongerVolunteerPath() {
		Graph graph = graph(List.of("food"));
		String service = graph.service("食料支援", "municipality", List.of("food"));
		graph.collaborate(graph.recordHolder, graph.providerOf(service));
		String volunteer = graph.volunteer("あおい委員", "district");
		graph.collaborate(graph.councilOf(volunteer), graph.providerOf(service));

		graph.discover()
			.execute()
			.path("discover.edges[0].node.reasons[1]")
			.entity(String.class)
			.isEqualTo("この世帯の記録を保有する 記録保有機関 から2ステップ");
	}

	/**
	 * Both paths take four ties from the household: the record holder's three directory ties, the 民生委員's two
	 * (their 民児協 provides the service) after entering through the district. あ sorts before 記, 記 before 鈴.
	 */
	@Test
	void betweenAVolunteerAndTheRecordHolderEquallyNearTheNameDecides() {
		for (String name : List.of("あおい委員", "鈴木委員")) {
			Graph graph = graph(List.of("food"));
			String service = graph.service("食料支援", "municipality", List.of("food"));
			chain(graph, graph.recordHolder, graph.providerOf(service), "経由", 1);
			String volunteer = graph.volunteer(name, "district");
			write("MATCH (c:Organization {id: $council}), (s:Service {id: $service}) CREATE (c)-[:PROVIDES]->(s)",
					"council", graph.councilOf(volunteer), "service", service);

			graph.discover()
				.execute()
				.path("discover.edges[0].node.warmestPath.nodes[1].name")
				.entity(String.class)
				.isEqualTo(name.equals("あおい委員") ? "テスト地区" : "記録保有機関");
		}
	}

	/** The 民児協 provides the service itself, beside its own provider: four ties either way. */
	@Test
	void aVolunteerWhose民児協ProvidesTheServiceTiesWithARecordHolderTwoTiesAway() {
		Graph graph = graph(List.of("food"));
		String service = graph.service("食料支援", "municipality", List.of("food"));
		chain(graph, graph.recordHolder, graph.providerOf(service), "経由", 1);
		String volunteer = graph.volunteer("あおい委員", "district");
		write("MATCH (c:Organization {id: $council}), (s:Service {id: $service}) CREATE (c)-[:PROVIDES]->(s)", "council",
				graph.councilOf(volunteer), "service", service);

		GraphQlTester.Response response = graph.discover().execute();
		response.path("discover.edges[0].node.warmestPath.nodes[*].name")
			.entityList(String.class)
			.containsExactly("HH-" + graph.prefix, "テスト地区", "あおい委員", "あおい委員の民児協", "食料支援");
		response.path("discover.edges[0].node.score")
			.entity(Integer.class)
			.isEqualTo(Ranking.DIRECT + Ranking.PER_NEED + Ranking.PER_WARMTH + 5 * Ranking.PER_SHORTER_TIE
					+ Ranking.PER_NEARNESS);
	}

	@Test
	void amongEquallyNearVolunteersTheFirstByNameIsTheStart() {
		Graph graph = graph(List.of("food"));
		String service = graph.service("食料支援", "municipality", List.of("food"));
		for (String name : List.of("いとう委員", "あおい委員", "うえだ委員")) {
			graph.collaborate(graph.councilOf(graph.volunteer(name, "district")), graph.providerOf(service));
		}

		graph.discover()
			.execute()
			.path("discover.edges[0].node.reasons[1]")
			.entity(String.class)
			.isEqualTo("担当地区の民生委員 あおい委員 から3ステップ");
	}

	/** The record holder supports the household too, without contact for over a year: it is named as a supporter. */
	@Test
	void aRecordHolderWhoseSupportHasLapsedIsNamedAsTheLapsedSupporter() {
		Graph graph = graph(List.of("food"));
		graph.supports(graph.recordHolder, "2020-01-01", JapanDate.today().minusDays(400).toString());
		String service = graph.service("食料支援", "municipality", List.of("food"));
		graph.collaborate(graph.recordHolder, graph.providerOf(service));

		GraphQlTester.Response response = graph.discover().execute();
		response.path("discover.edges[0].node.reasons[1]")
			.entity(String.class)
			.isEqualTo("この世帯を支援しているが連絡が途絶えている 記録保有機関 から2ステップ");
		response.path("discover.edges[0].node.viaSupporter").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aServiceAvailableOnlyInThePrefectureIsFoundForAHouseholdInADistrict() {
		Graph graph = graph(List.of("food"));
		graph.service("県域の食料支援", "prefecture", List.of("food"));
		graph.service("別の地区の食料支援", "otherDistrict", List.of("food"));

		GraphQlTester.Response response = graph.discover().execute();
		assertThat(names(response)).containsExactly("県域の食料支援");
		response.path("discover.edges[0].node.availability").entity(String.class).isEqualTo("PREFECTURE");
	}

	/** {@code from}, then {@code between} new organisations, then {@code to}, each collaborating with the next. */
	private static void chain(Graph graph, String from, String to, String name, int between) {
		String previous = from;
		for (int i = 1; i <= between; i++) {
			String next = graph.organization(name + i);
			graph.collaborate(previous, next);
			previous = next;
		}
		graph.collaborate(previous, to);
	}
}
