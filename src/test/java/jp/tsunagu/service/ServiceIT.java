package jp.tsunagu.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceIT extends HubIntegrationTest {

	static final String HYOGO = "280003";

	static final String ONO = "282189";

	/** A district of 小野市 the tests add themselves, so they need no demo district. */
	static final String ONO_TEST_DISTRICT = "282189-service-it";

	private String provider;

	@BeforeEach
	void createProviderAndDistrict() {
		provider = createProvider("NPO法人サービス検証の会");
		try (Session session = driver.session()) {
			cypher(session, """
					MATCH (m:Municipality {code: $ono})
					CREATE (d:Area:District {id: randomUUID(), code: $code, name: '検証地区', districtKind: 'DISTRICT',
					                         createdAt: datetime(), updatedAt: datetime()})-[:PART_OF]->(m)""",
					"ono", ONO, "code", ONO_TEST_DISTRICT).consume();
		}
	}

	// --- create -------------------------------------------------------------------------------

	@Test
	void createsAServiceWithItsNeedsAndAreasInOneGo() {
		GraphQlTester.Response response = graphQl.documentName("service-create")
			.variable("input", Map.of("name", "  家計相談会  ", "providerId", provider, "description", "毎月の家計相談",
					"eligibility", "市内在住の方", "capacity", "10名", "schedule", "毎月第2土曜日", "needCodes",
					List.of("household_budgeting", "multiple_debt"), "availableInCodes", List.of(ONO)))
			.execute();

		response.path("createService.errors").entityList(Object.class).hasSize(0);
		response.path("createService.service.name").entity(String.class).isEqualTo("家計相談会");
		response.path("createService.service.eligibility").entity(String.class).isEqualTo("市内在住の方");
		response.path("createService.service.capacity").entity(String.class).isEqualTo("10名");
		response.path("createService.service.schedule").entity(String.class).isEqualTo("毎月第2土曜日");
		response.path("createService.service.generated").entity(Boolean.class).isEqualTo(false);
		response.path("createService.service.archived").entity(Boolean.class).isEqualTo(false);
		response.path("createService.service.createdAt").hasValue();
		response.path("createService.service.provider.id").entity(String.class).isEqualTo(provider);
		response.path("createService.service.needs[*].code")
			.entityList(String.class)
			.containsExactly("household_budgeting", "multiple_debt");
		response.path("createService.service.availableIn[*].code").entityList(String.class).containsExactly(ONO);
		String id = response.path("createService.service.id").entity(String.class).get();

		assertThat(count("""
				MATCH (:Organization {id: $provider})-[:PROVIDES]->(s:Service {id: $id, name: '家計相談会'})
				WHERE s.generated = false AND s.archived = false AND s.createdAt IS NOT NULL
				  AND s.updatedAt IS NOT NULL AND s.description = '毎月の家計相談'
				MATCH (s)-[:ADDRESSES]->(n:Need) WHERE n.code IN ['household_budgeting', 'multiple_debt']
				MATCH (s)-[:AVAILABLE_IN]->(:Municipality {code: $ono})
				RETURN count(*)""", "provider", provider, "id", id, "ono", ONO)).isEqualTo(2);
		assertThat(count("MATCH (s:Service {id: $id})<-[:PROVIDES]-(o) RETURN count(o)", "id", id)).isEqualTo(1);
	}

	@Test
	void reportsEveryProblemOfACreateAndWritesNothing() {
		long before = count("MATCH (s:Service) RETURN count(s)");

		List<Map<String, Object>> errors = createErrors(Map.of("name", " ", "providerId", "no-such-provider",
				"capacity", "x".repeat(201), "needCodes", List.of("debt", "no_such_need"), "availableInCodes",
				List.of()));

		assertThat(errors).extracting(e -> String.valueOf(((List<?>) e.get("field")).get(1)))
			.containsExactlyInAnyOrder("name", "capacity", "providerId", "needCodes", "availableInCodes");
		assertThat(errors).extracting(e -> e.get("message"))
			.contains("is required", "no organisation with id no-such-provider", "no need with code no_such_need",
					"must name at least one area", "must be at most 200 characters, was 201");
		assertThat(count("MATCH (s:Service) RETURN count(s)")).isEqualTo(before);
	}

	@Test
	void refusesAnArchivedProviderAnEmptyNeedListAndUnknownAreas() {
		graphQl.documentName("service-archive-provider")
			.variable("input", Map.of("id", provider))
			.execute()
			.path("archiveOrganization.errors")
			.entityList(Object.class)
			.hasSize(0);

		List<Map<String, Object>> errors = createErrors(Map.of("name", "見守り訪問", "providerId", provider,
				"needCodes", List.of(), "availableInCodes", List.of(ONO, "999999")));

		assertThat(errors).extracting(e -> e.get("message"))
			.containsExactlyInAnyOrder("organisation " + provider + " is archived", "must name at least one need",
					"コード 999999 の地域はありません");
		assertThat(count("MATCH (:Organization {id: $id})-[:PROVIDES]->(s) RETURN count(s)", "id", provider))
			.isZero();
	}

	@Test
	void refusesASecondServiceOfTheSameNameFromOneProvider() {
		createService("子ども食堂ひまわり", List.of("childcare"), List.of(ONO));

		assertThat(createErrors(Map.of("name", "子ども食堂ひまわり", "providerId", provider, "needCodes",
				List.of("food"), "availableInCodes", List.of(ONO))))
			.extracting(e -> e.get("message"))
			.containsExactly("the provider already has a service named \"子ども食堂ひまわり\"");
		assertThat(count("MATCH (:Organization {id: $id})-[:PROVIDES]->(s) RETURN count(s)", "id", provider))
			.isEqualTo(1);
	}

	// --- read ---------------------------------------------------------------------------------

	@Test
	void findsAServiceByIdWithItsProviderNeedsAndAreas() {
		String id = createService("フードバンク小野", List.of("food", "hardship"), List.of(ONO, ONO_TEST_DISTRICT));

		GraphQlTester.Response response = graphQl.documentName("service-by-id").variable("id", id).execute();

		response.path("service.name").entity(String.class).isEqualTo("フードバンク小野");
		response.path("service.provider.name").entity(String.class).isEqualTo("NPO法人サービス検証の会");
		response.path("service.needs[*].code").entityList(String.class).containsExactly("food", "hardship");
		response.path("service.needs[0].labelJa").entity(String.class).isEqualTo("食料");
		response.path("service.availableIn[*].code")
			.entityList(String.class)
			.containsExactly(ONO, ONO_TEST_DISTRICT);
		response.path("service.availableIn[*].kind").entityList(String.class).containsExactly("MUNICIPALITY", "DISTRICT");

		graphQl.documentName("service-by-id").variable("id", "no-such-service").execute().path("service").valueIsNull();
	}

	@Test
	void readsACapacityStoredAsABareNumberAsText() {
		String id;
		try (Session session = driver.session()) {
			id = cypher(session, """
					MATCH (o:Organization {id: $provider})
					CREATE (o)-[:PROVIDES]->(s:Service {id: randomUUID(), name: '取り込まれた事業', capacity: 20,
					        generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
					RETURN s.id AS id""", "provider", provider).single().get("id").asString();
		}

		graphQl.documentName("service-by-id")
			.variable("id", id)
			.execute()
			.path("service.capacity")
			.entity(String.class)
			.isEqualTo("20");
	}

	@Test
	void filtersByNeedIncludingNarrowerNeeds() {
		String debtCounselling = createService("債務整理相談", List.of("multiple_debt"), List.of(ONO));
		String youngCarers = createService("ヤングケアラー支援", List.of("young_carer"), List.of(ONO));
		String jobs = createService("就労体験", List.of("employment"), List.of(ONO));

		assertThat(ids(Map.of("providerId", provider, "need", "multiple_debt"))).containsExactly(debtCounselling);
		assertThat(ids(Map.of("providerId", provider, "need", "debt"))).containsExactly(debtCounselling);
		// young_carer sits under two broader needs
		assertThat(ids(Map.of("providerId", provider, "need", "childcare"))).containsExactly(youngCarers);
		assertThat(ids(Map.of("providerId", provider, "need", "long_term_care"))).containsExactly(youngCarers);
		// a broader need does not find the narrower one's services the other way round
		assertThat(ids(Map.of("providerId", provider, "need", "unemployment"))).isEmpty();
		assertThat(ids(Map.of("providerId", provider, "need", "employment"))).containsExactly(jobs);
		assertThat(ids(Map.of("providerId", provider, "need", "no_such_need"))).isEmpty();
	}

	@Test
	void filtersByAreaAcrossContainmentBothWays() {
		String prefectureWide = createService("A 県域の電話相談", List.of("mental_health"), List.of(HYOGO));
		String cityWide = createService("B 市の生活相談", List.of("hardship"), List.of(ONO));
		String districtOnly = createService("C 地区サロン", List.of("loneliness"), List.of(ONO_TEST_DISTRICT));
		String elsewhere = unrelatedMunicipality();
		String farAway = createService("D 他市の相談", List.of("hardship"), List.of(elsewhere));

		assertThat(ids(Map.of("providerId", provider, "area", ONO))).containsExactly(prefectureWide, cityWide,
				districtOnly);
		assertThat(ids(Map.of("providerId", provider, "area", ONO_TEST_DISTRICT))).containsExactly(prefectureWide,
				cityWide, districtOnly);
		assertThat(ids(Map.of("providerId", provider, "area", HYOGO))).containsExactly(prefectureWide, cityWide,
				districtOnly);
		assertThat(ids(Map.of("providerId", provider, "area", elsewhere))).containsExactly(farAway);
		assertThat(ids(Map.of("providerId", provider))).containsExactly(prefectureWide, cityWide, districtOnly,
				farAway);
	}

	@Test
	void filtersByTextInNameOrDescriptionIgnoringCase() {
		String salon = createService("ふれあいサロン", List.of("loneliness"), List.of(ONO));
		String cafe = create(Map.of("name", "Community Cafe", "providerId", provider, "description", "地域の居場所",
				"needCodes", List.of("social_participation"), "availableInCodes", List.of(ONO)));

		assertThat(ids(Map.of("providerId", provider, "text", "サロン"))).containsExactly(salon);
		assertThat(ids(Map.of("providerId", provider, "text", "community"))).containsExactly(cafe);
		assertThat(ids(Map.of("providerId", provider, "text", "居場所"))).containsExactly(cafe);
		assertThat(ids(Map.of("providerId", provider, "text", "見つからない"))).isEmpty();
	}

	@Test
	void hidesArchivedServicesUnlessAskedFor() {
		String live = createService("A 配食サービス", List.of("food"), List.of(ONO));
		String archived = createService("B 終了した事業", List.of("food"), List.of(ONO));
		archive(archived);

		assertThat(ids(Map.of("providerId", provider))).containsExactly(live);
		assertThat(ids(Map.of("providerId", provider, "includeArchived", true))).containsExactly(live, archived);
		graphQl.documentName("service-organization-services")
			.variable("id", provider)
			.execute()
			.path("organization.services[*].id")
			.entityList(String.class)
			.containsExactly(live);
	}

	@Test
	void pagesThroughServicesSortedByNameWithAStableCursor() {
		List<String> created = new ArrayList<>();
		for (String letter : List.of("E", "C", "A", "D", "B")) {
			created.add(createService("ページ送り " + letter, List.of("food"), List.of(ONO)));
		}
		Map<String, Object> filter = Map.of("providerId", provider);

		GraphQlTester.Response first = list(filter, 2, null);
		first.path("services.totalCount").entity(Integer.class).isEqualTo(5);
		first.path("services.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("services.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		first.path("services.edges[*].node.name").entityList(String.class).containsExactly("ページ送り A", "ページ送り B");
		String afterFirst = first.path("services.pageInfo.endCursor").entity(String.class).get();

		// a service added before the cursor does not shift the next page
		createService("ページ送り 0", List.of("food"), List.of(ONO));

		GraphQlTester.Response second = list(filter, 2, afterFirst);
		second.path("services.edges[*].node.name").entityList(String.class).containsExactly("ページ送り C", "ページ送り D");
		second.path("services.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		second.path("services.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		second.path("services.totalCount").entity(Integer.class).isEqualTo(6);
		String afterSecond = second.path("services.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response last = list(filter, 2, afterSecond);
		last.path("services.edges[*].node.name").entityList(String.class).containsExactly("ページ送り E");
		last.path("services.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		assertThat(created).hasSize(5);
	}

	@Test
	void breaksTiesBetweenEqualNamesByIdSoNoServiceIsSkipped() {
		List<String> sameName = new ArrayList<>();
		for (String name : List.of("NPO法人同名検証A", "NPO法人同名検証B", "NPO法人同名検証C")) {
			provider = createProvider(name);
			sameName.add(createService("同名のサービス検証", List.of("food"), List.of(ONO)));
		}
		Map<String, Object> filter = Map.of("text", "同名のサービス検証");

		List<String> paged = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 3; page++) {
			GraphQlTester.Response response = list(filter, 1, after);
			response.path("services.totalCount").entity(Integer.class).isEqualTo(3);
			response.path("services.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(page < 2);
			paged.addAll(response.path("services.edges[*].node.id").entityList(String.class).get());
			after = response.path("services.pageInfo.endCursor").entity(String.class).get();
		}

		assertThat(paged).containsExactlyElementsOf(sameName.stream().sorted().toList());
	}

	@Test
	void refusesPageSizesAndCursorsItDidNotIssue() {
		list(Map.of(), 0, null).errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("first")));
		list(Map.of(), 5, "not-a-cursor").errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("after")));
	}

	@Test
	void areaOverviewPagesThroughTheServicesOfTheArea() {
		String inDistrict = createService("地区の見守り", List.of("loneliness"), List.of(ONO_TEST_DISTRICT));
		long expected = count("""
				MATCH (s:Service) WHERE NOT coalesce(s.archived, false) AND EXISTS {
				  MATCH (s)-[:AVAILABLE_IN]->(a:Area)
				  WHERE EXISTS { (a)-[:PART_OF*0..3]->(:Area {code: $code}) }
				     OR EXISTS { (:Area {code: $code})-[:PART_OF*1..3]->(a) } }
				RETURN count(s)""", "code", ONO);

		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = graphQl.documentName("service-area-overview")
				.variable("code", ONO)
				.variable("first", 3)
				.variable("after", after)
				.execute();
			page.path("areaOverview.services.totalCount").entity(Long.class).isEqualTo(expected);
			seen.addAll(page.path("areaOverview.services.edges[*].node.id").entityList(String.class).get());
			more = page.path("areaOverview.services.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("areaOverview.services.pageInfo.endCursor").entity(String.class).get();
		}

		assertThat(seen).hasSize((int) expected).doesNotHaveDuplicates().contains(inDistrict);
	}

	@Test
	void loadsProviderNeedsAndAreasOfAWholePageInAFixedNumberOfStatements() {
		for (int i = 0; i < 6; i++) {
			createService("一括読み込み " + i, List.of("food", "debt"), List.of(ONO));
		}

		statements.reset();
		GraphQlTester.Response response = graphQl.documentName("services-with-children")
			.variable("first", 50)
			.execute();

		assertThat(response.path("services.edges").entityList(Object.class).get()).hasSizeGreaterThanOrEqualTo(6);
		// the page, provider, needs, availableIn and the needs' broader needs: one statement each
		assertThat(statements.count()).isLessThanOrEqualTo(5);
	}

	// --- update and archive ---------------------------------------------------------------------

	@Test
	void updatesFieldsAndReplacesListsThatAreGiven() {
		String id = create(Map.of("name", "学習支援教室", "providerId", provider, "description", "中学生向け", "schedule",
				"毎週水曜", "needCodes", List.of("education"), "availableInCodes", List.of(ONO)));

		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("name", "学習支援教室つばさ");
		input.put("description", "");
		input.put("needCodes", List.of("academic_difficulty", "career_worries"));
		GraphQlTester.Response response = graphQl.documentName("service-update").variable("input", input).execute();

		response.path("updateService.errors").entityList(Object.class).hasSize(0);
		response.path("updateService.service.name").entity(String.class).isEqualTo("学習支援教室つばさ");
		response.path("updateService.service.description").valueIsNull();
		response.path("updateService.service.schedule").entity(String.class).isEqualTo("毎週水曜");
		response.path("updateService.service.needs[*].code")
			.entityList(String.class)
			.containsExactly("academic_difficulty", "career_worries");
		response.path("updateService.service.availableIn[*].code").entityList(String.class).containsExactly(ONO);

		assertThat(count("""
				MATCH (s:Service {id: $id, name: '学習支援教室つばさ', schedule: '毎週水曜'})
				WHERE s.description IS NULL AND s.updatedAt > s.createdAt
				MATCH (s)-[:ADDRESSES]->(n:Need)
				RETURN count(n)""", "id", id)).isEqualTo(2);
		assertThat(count("MATCH (:Service {id: $id})-[:ADDRESSES]->(:Need {code: 'education'}) RETURN count(*)", "id",
				id)).isZero();
	}

	@Test
	void reportsEveryProblemOfAnUpdateAndWritesNothing() {
		createService("既存の名前", List.of("food"), List.of(ONO));
		String id = createService("変更される事業", List.of("food"), List.of(ONO));

		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("name", "既存の名前");
		input.put("schedule", "x".repeat(1001));
		input.put("needCodes", List.of());
		input.put("availableInCodes", List.of("no-such-area"));
		List<Map<String, Object>> errors = graphQl.documentName("service-update")
			.variable("input", input)
			.execute()
			.path("updateService.service")
			.valueIsNull()
			.path("updateService.errors")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();

		assertThat(errors).extracting(e -> String.valueOf(((List<?>) e.get("field")).get(1)))
			.containsExactlyInAnyOrder("name", "schedule", "needCodes", "availableInCodes");
		assertThat(count("""
				MATCH (s:Service {id: $id, name: '変更される事業'})-[:ADDRESSES]->(:Need {code: 'food'})
				WHERE s.schedule IS NULL AND s.updatedAt = s.createdAt
				MATCH (s)-[:AVAILABLE_IN]->(:Area {code: $ono})
				RETURN count(*)""", "id", id, "ono", ONO)).isEqualTo(1);

		Map<String, Object> blankName = Map.of("id", id, "name", "  ");
		graphQl.documentName("service-update")
			.variable("input", blankName)
			.execute()
			.path("updateService.errors[*].message")
			.entityList(String.class)
			.containsExactly("is required");
		graphQl.documentName("service-update")
			.variable("input", Map.of("id", "no-such-service", "name", "何か"))
			.execute()
			.path("updateService.errors[*].message")
			.entityList(String.class)
			.containsExactly("no service with id no-such-service");
	}

	@Test
	void archivesAServiceAndKeepsItsTies() {
		String id = createService("終了予定の事業", List.of("food"), List.of(ONO));

		graphQl.documentName("service-archive")
			.variable("input", Map.of("id", id))
			.execute()
			.path("archiveService.service.archived")
			.entity(Boolean.class)
			.isEqualTo(true);

		assertThat(count("""
				MATCH (:Organization {id: $provider})-[:PROVIDES]->(s:Service {id: $id, archived: true})
				      -[:ADDRESSES]->(:Need {code: 'food'})
				RETURN count(s)""", "provider", provider, "id", id)).isEqualTo(1);
		graphQl.documentName("service-archive")
			.variable("input", Map.of("id", "no-such-service"))
			.execute()
			.path("archiveService.service")
			.valueIsNull()
			.path("archiveService.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "id");
	}

	// --- helpers --------------------------------------------------------------------------------

	private String createProvider(String name) {
		return graphQl.documentName("service-create-provider")
			.variable("input", Map.of("name", name, "kind", "NPO", "locationCode", ONO))
			.execute()
			.path("createOrganization.organization.id")
			.entity(String.class)
			.get();
	}

	private String createService(String name, List<String> needCodes, List<String> areaCodes) {
		return create(Map.of("name", name, "providerId", provider, "needCodes", needCodes, "availableInCodes",
				areaCodes));
	}

	private String create(Map<String, Object> input) {
		GraphQlTester.Response response = graphQl.documentName("service-create").variable("input", input).execute();
		response.path("createService.errors").entityList(Object.class).hasSize(0);
		return response.path("createService.service.id").entity(String.class).get();
	}

	private List<Map<String, Object>> createErrors(Map<String, Object> input) {
		return graphQl.documentName("service-create")
			.variable("input", input)
			.execute()
			.path("createService.service")
			.valueIsNull()
			.path("createService.errors")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private void archive(String id) {
		graphQl.documentName("service-archive")
			.variable("input", Map.of("id", id))
			.execute()
			.path("archiveService.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private GraphQlTester.Response list(Map<String, Object> filter, Integer first, String after) {
		return graphQl.documentName("services-list")
			.variable("filter", filter)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	private List<String> ids(Map<String, Object> filter) {
		return list(filter, 100, null).path("services.edges[*].node.id").entityList(String.class).get();
	}

	/** A municipality outside 兵庫県, so neither containing nor contained by 小野市. */
	private String unrelatedMunicipality() {
		try (Session session = driver.session()) {
			return cypher(session, """
					MATCH (m:Municipality) WHERE NOT EXISTS { (m)-[:PART_OF]->(:Prefecture {code: $hyogo}) }
					RETURN m.code AS code ORDER BY code LIMIT 1""", "hyogo", HYOGO).single().get("code").asString();
		}
	}
}
