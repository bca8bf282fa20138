package jp.tsunagu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Service areas are jurisdictions: a service available in a 圏域 serves each of its municipalities and no other, however
 * near; discover and serviceGaps both follow it.
 */
class JurisdictionIT extends HubIntegrationTest {

	static final String HYOGO = "280003";

	static final String ONO = "282189";

	static final String TAISHI = "284645";

	static final String TAKARAZUKA = "282146";

	static final String REGION = HYOGO + "-test-kitaharima";

	private static final String CREATE_REGION = """
			mutation($input: CreateRegionInput!) { createRegion(input: $input) {
			  area { code name kind parent { code } } errors { field message } } }""";

	private String provider;

	@BeforeEach
	void createRegionAndProvider() {
		graphQl.document(CREATE_REGION)
			.variable("input", Map.of("prefectureCode", HYOGO, "slug", "test-kitaharima", "name", "北播磨圏域（検証）",
					"municipalityCodes", List.of(ONO, TAISHI)))
			.execute()
			.path("createRegion.area.kind")
			.entity(String.class)
			.isEqualTo("REGION");
		provider = (String) single("""
				CREATE (o:Organization:SupportAgency {id: randomUUID(), name: '北播磨圏域検証センター', kind: 'SUPPORT_AGENCY',
				  archived: false, generated: false, createdAt: datetime()})
				RETURN o.id""");
	}

	@Test
	void aRegionsServiceServesItsMunicipalitiesAndNoOther() {
		String service = regionService("isolation", "圏域の見守り相談（検証）");

		GraphQlTester.Response ono = discover(ONO, "isolation");
		List<Map<String, Object>> found = ono.path("discover.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(found).filteredOn(node -> service.equals(((Map<?, ?>) node.get("service")).get("id")))
			.singleElement()
			.satisfies(node -> {
				assertThat(node.get("availability")).isEqualTo("REGION");
				assertThat(((Map<?, ?>) node.get("availableIn")).get("code")).isEqualTo(REGION);
			});

		List<Object> takarazuka = discover(TAKARAZUKA, "isolation").path("discover.edges[*].node.service.id")
			.entityList(Object.class)
			.get();
		assertThat(takarazuka).doesNotContain(service);
	}

	@Test
	void aNeedServedOnlyByTheRegionIsAGapOfAWiderJurisdictionNotAMissingService() {
		String need = uncoveredNeed(ONO);
		String service = regionService(need, "圏域の専門相談（検証）");

		List<Map<String, Object>> farOnly = graphQl
			.document("query($area: String!) { serviceGaps(area: $area) { uncovered { need { code } } "
					+ "farOnly { need { code } kind nearest { service { id } availableIn { code } } } } }")
			.variable("area", ONO)
			.execute()
			.path("serviceGaps.farOnly")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(farOnly).filteredOn(gap -> need.equals(((Map<?, ?>) gap.get("need")).get("code")))
			.singleElement()
			.satisfies(gap -> {
				Map<?, ?> nearest = (Map<?, ?>) gap.get("nearest");
				assertThat(((Map<?, ?>) nearest.get("service")).get("id")).isEqualTo(service);
				assertThat(((Map<?, ?>) nearest.get("availableIn")).get("code")).isEqualTo(REGION);
			});

		// 宝塚市 is not in the 圏域: the service never serves it, however near
		List<Object> takarazukaNearest = graphQl
			.document("query($area: String!) { serviceGaps(area: $area) { farOnly { nearest { service { id } } } } }")
			.variable("area", TAKARAZUKA)
			.execute()
			.path("serviceGaps.farOnly[*].nearest.service.id")
			.entityList(Object.class)
			.get();
		assertThat(takarazukaNearest).doesNotContain(service);
	}

	@Test
	void theServicesOfAnAreaAreThoseOfItsJurisdictionsRegionAndPrefectureIncluded() {
		String regional = regionService("isolation", "圏域の見守り相談（検証）");
		String prefectural = serviceIn(HYOGO, "兵庫県全域の電話相談（検証）");
		String local = serviceIn(TAKARAZUKA, "宝塚市の窓口相談（検証）");

		assertThat(serviceIds("{area: \"" + ONO + "\"}")).contains(regional, prefectural).doesNotContain(local);
		assertThat(serviceIds("{area: \"" + TAKARAZUKA + "\"}")).contains(prefectural, local).doesNotContain(regional);
		// starting from the provider, the area is a condition: the same rule
		assertThat(serviceIds("{providerId: \"" + provider + "\", area: \"" + TAISHI + "\"}"))
			.containsExactlyInAnyOrder(regional, prefectural);
		// a 圏域 asked for: its own services, the prefecture's, and none of another municipality
		assertThat(serviceIds("{area: \"" + REGION + "\"}")).contains(regional, prefectural).doesNotContain(local);
		// the prefecture holds every service within it
		assertThat(serviceIds("{area: \"" + HYOGO + "\"}")).contains(regional, prefectural, local);

		List<Object> overview = graphQl
			.document("query($code: String!) { areaOverview(code: $code) { services(first: 100) { edges { node { id } } } } }")
			.variable("code", ONO)
			.execute()
			.path("areaOverview.services.edges[*].node.id")
			.entityList(Object.class)
			.get();
		assertThat(overview).contains(regional, prefectural).doesNotContain(local);
	}

	@Test
	void theServicesListExportOfAMunicipalityHoldsItsRegionsServiceWithTheRegionAsItsArea() {
		regionService("isolation", "圏域の見守り相談（検証）");
		String ono = exportedServices(ONO);
		assertThat(ono.lines().filter(line -> line.startsWith("圏域の見守り相談（検証）,")))
			.singleElement()
			.satisfies(line -> assertThat(line).contains("," + REGION + ","));
		assertThat(exportedServices(TAKARAZUKA)).doesNotContain("圏域の見守り相談（検証）");
	}

	@Test
	void serviceGapsAreOfAMunicipalityNotOfARegion() {
		graphQl.document("query($area: String!) { serviceGaps(area: $area) { uncovered { need { code } } } }")
			.variable("area", REGION)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("圏域ではなく")));
	}

	@Test
	void aRegionHoldsMunicipalitiesOfItsPrefectureOnly() {
		List<Map<String, Object>> errors = graphQl.document(CREATE_REGION)
			.variable("input", Map.of("prefectureCode", HYOGO, "slug", "test-mixed", "name", "混在圏域", "municipalityCodes",
					List.of(ONO, "131016")))
			.execute()
			.path("createRegion.errors")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(errors).extracting(error -> (String) ((List<?>) error.get("field")).get(1)).containsExactly("municipalityCodes");
		assertThat(count("MATCH (r:Region {code: $code}) RETURN count(r)", "code", HYOGO + "-test-mixed")).isZero();
	}

	private String regionService(String need, String name) {
		return (String) single("""
				MATCH (o:Organization {id: $provider}), (r:Region {code: $region}), (n:Need {code: $need})
				CREATE (o)-[:PROVIDES]->(s:Service {id: randomUUID(), name: $name, archived: false, generated: false,
				  status: 'ACTIVE', createdAt: datetime()})-[:AVAILABLE_IN]->(r), (s)-[:ADDRESSES]->(n)
				RETURN s.id""", "provider", provider, "region", REGION, "need", need, "name", name);
	}

	private String serviceIn(String areaCode, String name) {
		return (String) single("""
				MATCH (o:Organization {id: $provider}), (a:Area {code: $area})
				CREATE (o)-[:PROVIDES]->(s:Service {id: randomUUID(), name: $name, archived: false, generated: false,
				  status: 'ACTIVE', createdAt: datetime()})-[:AVAILABLE_IN]->(a)
				RETURN s.id""", "provider", provider, "area", areaCode, "name", name);
	}

	private List<Object> serviceIds(String filter) {
		return graphQl.document("{ services(filter: " + filter.replace("{", "{text: \"（検証）\", ") + ", first: 100) { edges { node { id } } } }")
			.execute()
			.path("services.edges[*].node.id")
			.entityList(Object.class)
			.get();
	}

	private String exportedServices(String area) {
		return graphQl.document("query($area: String!) { exportList(kind: SERVICES, areaCode: $area) { text } }")
			.variable("area", area)
			.execute()
			.path("exportList.text")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response discover(String area, String need) {
		return graphQl.document("""
				query($area: String, $needs: [String!]) { discover(needs: $needs, area: $area, first: 100) {
				  edges { node { service { id } availability availableIn { code } } } } }""")
			.variable("area", area)
			.variable("needs", List.of(need))
			.execute();
	}

	/** A need with no service in the municipality nor from a wider jurisdiction. */
	private String uncoveredNeed(String area) {
		return graphQl.document("query($area: String!) { serviceGaps(area: $area) { uncovered { need { code } } } }")
			.variable("area", area)
			.execute()
			.path("serviceGaps.uncovered[0].need.code")
			.entity(String.class)
			.get();
	}
}
