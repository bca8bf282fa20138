package jp.tsunagu.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The 14 partner systems of 生活困窮者自立支援制度 and what they feed, against the seed (shared/seeds, 003). */
class PartnerSystemsIT extends HubIntegrationTest {

	private static final Path SEED = Path.of("..", "shared", "seeds", "003_405f912f1430a6e7.txt");

	private static final String SYSTEMS = """
			{ partnerSystems { code labelJa institutionsJa functions { code } needs { code }
			    services(first: 100) { totalCount edges { node { name provider { agencyType kind } } } } } }""";

	@Test
	void eachSystemIsOneOfTheSeedsAndNamesTheInstitutionsTheSeedNames() throws IOException {
		Assumptions.assumeTrue(Files.isRegularFile(SEED), "the seeds are not beside the checkout");
		String seed = Files.readString(SEED);
		GraphQlTester.Response response = graphQl.document(SYSTEMS).execute();
		List<Map<String, Object>> systems = systems(response);
		assertThat(systems).hasSize(14);
		for (Map<String, Object> system : systems) {
			assertThat(seed).contains((String) system.get("labelJa"));
			if (system.get("institutionsJa") != null) {
				assertThat(seed).contains("(" + system.get("institutionsJa") + ")");
			}
		}
	}

	@Test
	void everySystemFeedsSelfRelianceConsultationAndItsOwnProgrammesTheirFunctions() {
		Map<String, List<String>> functions = new java.util.HashMap<>();
		for (Map<String, Object> system : systems(graphQl.document(SYSTEMS).execute())) {
			@SuppressWarnings("unchecked")
			List<Map<String, String>> fed = (List<Map<String, String>>) system.get("functions");
			functions.put((String) system.get("code"), fed.stream().map(f -> f.get("code")).toList());
		}
		assertThat(functions.values()).allSatisfy(codes -> assertThat(codes).contains("1.4"));
		// 介護保険: 地域包括支援センター (1.1), 介護予防 (3.1), 生活支援体制整備 (3.2): 図表3's 【介護】
		assertThat(functions.get("partner_04")).containsExactly("1.1", "1.4", "3.1", "3.2");
		assertThat(functions.get("partner_03")).containsExactly("1.2", "1.4", "3.3");
		assertThat(functions.get("partner_14")).containsExactly("1.4", "3");

		graphQl.document("{ supportFunctions { code partnerSystems { code } } }")
			.execute()
			.path("supportFunctions[?(@.code == '2')].partnerSystems[*].code")
			.entityList(String.class)
			.containsExactly("partner_05", "partner_09", "partner_13");
	}

	@Test
	void aSystemsServicesAreThoseOfTheInstitutionsItWorksThrough() {
		List<Map<String, Object>> systems = systems(graphQl.document(SYSTEMS).execute());
		Map<String, Object> labour = systems.stream().filter(s -> s.get("code").equals("partner_05")).findFirst().orElseThrow();
		// every demo municipality has a ハローワーク serving it, each with its 職業相談・職業紹介
		long helloWorkServices = count("""
				MATCH (o:Organization {agencyType: 'HELLO_WORK'})-[:PROVIDES]->(s:Service)
				WHERE NOT coalesce(s.archived, false) AND NOT coalesce(o.archived, false)
				  AND coalesce(s.status, 'ACTIVE') = 'ACTIVE'
				RETURN count(s)""");
		assertThat(helloWorkServices).isGreaterThan(10);
		assertThat(connectionTotal(labour)).isEqualTo(helloWorkServices);
		assertThat(providers(labour)).allSatisfy(provider -> assertThat(provider.get("agencyType")).isEqualTo("HELLO_WORK"));

		Map<String, Object> community = systems.stream().filter(s -> s.get("code").equals("partner_14")).findFirst().orElseThrow();
		assertThat(providers(community)).isNotEmpty()
			.allSatisfy(provider -> assertThat(provider.get("kind")).isEqualTo("COUNCIL"));

		Map<String, Object> pension = systems.stream().filter(s -> s.get("code").equals("partner_06")).findFirst().orElseThrow();
		assertThat(connectionTotal(pension)).isZero();
	}

	@Test
	void theServicesOfAllSystemsAreReadInOneStatementAndPageAsEachSystemsOwnList() {
		statements.reset();
		List<Map<String, Object>> systems = systems(graphQl.document(SYSTEMS).execute());
		assertThat(systems).hasSize(14);
		// the systems, their functions, their needs, their services and those services' providers
		assertThat(statements.count()).isEqualTo(5);

		Map<String, Object> labour = systems.stream().filter(s -> s.get("code").equals("partner_05")).findFirst().orElseThrow();
		List<?> whole = (List<?>) ((Map<?, ?>) labour.get("services")).get("edges");
		List<Object> paged = new ArrayList<>();
		String after = null;
		do {
			GraphQlTester.Response page = graphQl.document("""
					query($after: String) { partnerSystems { code services(first: 4, after: $after) {
					  totalCount pageInfo { hasNextPage endCursor } edges { node { name provider { agencyType kind } } } } } }""")
				.variable("after", after)
				.execute();
			String path = "partnerSystems[?(@.code == 'partner_05')].services";
			paged.addAll(page.path(path + ".edges[*]").entityList(Object.class).get());
			page.path(path + ".totalCount").entityList(Long.class).containsExactly(connectionTotal(labour));
			boolean more = page.path(path + ".pageInfo.hasNextPage").entityList(Boolean.class).get().get(0);
			after = more ? page.path(path + ".pageInfo.endCursor").entityList(String.class).get().get(0) : null;
		}
		while (after != null);
		assertThat(paged).hasSizeGreaterThan(4).isEqualTo(whole);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> systems(GraphQlTester.Response response) {
		return response.path("partnerSystems").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
	}

	@SuppressWarnings("unchecked")
	private static long connectionTotal(Map<String, Object> system) {
		return ((Number) ((Map<String, Object>) system.get("services")).get("totalCount")).longValue();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> providers(Map<String, Object> system) {
		List<Map<String, Object>> edges = (List<Map<String, Object>>) ((Map<String, Object>) system.get("services")).get("edges");
		return edges.stream().map(edge -> (Map<String, Object>) ((Map<String, Object>) edge.get("node")).get("provider")).toList();
	}
}
