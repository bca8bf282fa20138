package jp.tsunagu.discovery;

import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.household.JapanDate;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DiscoveryService on the demo network (小野市, 太子町) and on small hand-built graphs whose ranking is known: several needs
 * before one, a supporter's path before another knower's before cold, shorter before longer, district before
 * municipality before prefecture, direct before preventive; scope and audit.
 */
class DiscoveryIT extends DiscoveryTestSupport {

	private static final String ONO_HOUSEHOLD = "HH-282189-0001";

	@Test
	void theDemoHouseholdGetsTheBusTourServicesFirstThroughItsSupporters() {
		GraphQlTester.Response response = patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)))
			.documentName("discovery-household")
			.variable("household", householdIdOf(ONO_HOUSEHOLD))
			.execute();
		response.errors().verify();
		response.path("discover.edges[*].node.service.name")
			.entityList(String.class)
			.containsExactly("買い物バスツアーへの介護職員の付き添い", "買い物バスツアー（社協マイクロバス）",
					"高齢者の総合相談・権利擁護（小野市地域包括支援センター）", "災害時の福祉避難の受け入れ（特別養護老人ホームおの荘）",
					"福祉の総合窓口（小野市役所）");
		response.path("discover.edges[0].node.covers[*].code")
			.entityList(String.class)
			.containsExactly("long_term_care", "mobility_shopping");
		response.path("discover.edges[0].node.viaSupporter").entity(Boolean.class).isEqualTo(true);
		response.path("discover.edges[0].node.availability").entity(String.class).isEqualTo("DISTRICT");
		response.path("discover.edges[0].node.warmestPath.nodes[*].name")
			.entityList(String.class)
			.containsExactly(ONO_HOUSEHOLD, "社会福祉法人きすみ野福祉会", "買い物バスツアーへの介護職員の付き添い");
		response.path("discover.edges[0].node.reasons")
			.entityList(String.class)
			.containsExactly("世帯の課題 介護・移動・買い物 に対応", "この世帯を支援している 社会福祉法人きすみ野福祉会 から1ステップ", "来住地区で利用可能");
		response.path("discover.edges[2].node.availability").entity(String.class).isEqualTo("MUNICIPALITY");
		response.path("discover.edges[2].node.reasons[2]").entity(String.class).isEqualTo("小野市で利用可能");
	}

	@Test
	void everyoneWhoSeesTheHouseholdGetsTheSameAnswerAndEachReadIsAudited() {
		String id = householdIdOf(ONO_HOUSEHOLD);
		for (Caller caller : List.of(caller(Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null),
				caller(Role.COMMISSIONED_VOLUNTEER, "小野市民生委員児童委員協議会", "藤原 京子"))) {
			patient(as(caller)).documentName("discovery-ranks")
				.variable("household", id)
				.execute()
				.path("discover.totalCount")
				.entity(Integer.class)
				.isEqualTo(5);
			assertThat(auditEvents(caller.username(), "discover", id)).isEqualTo(1);
		}
	}

	@Test
	void aHouseholdOutOfScopeIsMissingForCoordinatorsAnalystsAndAdministrators() {
		String id = householdIdOf(ONO_HOUSEHOLD);
		for (Caller caller : List.of(caller(Role.COORDINATOR, "宝塚市社会福祉協議会", null),
				new Caller("test.discovery.analyst", Role.ANALYST, null, null),
				new Caller("test.discovery.admin", Role.ADMINISTRATOR, null, null))) {
			expectBadRequest(patient(as(caller)).documentName("discovery-ranks").variable("household", id).execute(),
					"household", "no household with id " + id);
		}
		assertThat(count("MATCH (e:AuditEvent {operation: 'discover'}) WHERE e.at >= $started RETURN count(e)",
				"started", started())).isZero();
	}

	@Test
	void aDvHouseholdIsDiscoverableOnlyByItsRecordHolderAndSupporters() {
		String dv = householdIdOf("HH-272051-0001");
		expectBadRequest(patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null))).documentName("discovery-ranks")
			.variable("household", dv)
			.execute(), "household", "no household with id " + dv);
		// 吹田市社協 holds the record; the DV household's own coordinator may look for services
		patient(as(caller(Role.COORDINATOR, "吹田市社会福祉協議会", null))).documentName("discovery-ranks")
			.variable("household", dv)
			.execute()
			.errors()
			.verify();
	}

	@Test
	void discoveryForAHouseholdIsTwoStatementsPlusTheAuditWrite() {
		GraphQlTester ono = patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)));
		String id = householdIdOf(ONO_HOUSEHOLD);
		ono.documentName("discovery-ranks").variable("household", id).execute().errors().verify();
		statements.reset();
		long started = System.nanoTime();
		ono.documentName("discovery-ranks").variable("household", id).execute().path("discover.totalCount")
			.entity(Integer.class)
			.isEqualTo(5);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("discover warm: " + millis + " ms, " + statements.count() + " statements");
		assertThat(statements.count()).isEqualTo(3);
	}

	@Test
	void aHouseholdAtAnEarlyStepOfARiskPathwayGetsServicesForTheLaterStepsMarkedPreventive() {
		GraphQlTester taishi = patient(as(caller(Role.COORDINATOR, "太子町社会福祉協議会", null)));
		GraphQlTester.Response response = taishi.documentName("discovery-household")
			.variable("household", householdIdOf("HH-284645-0003"))
			.execute();
		response.path("discover.edges[0].node.preventive[*].need.code").entityList(String.class).contains("hardship");
		// a FREELANCE household follows the 自営者 pathways: 多重債務 leads on to 生活苦 (pathway 9)
		response.path("discover.edges[0].node.preventive[0].trigger.code").entity(String.class).isEqualTo("multiple_debt");
		taishi.documentName("discovery-household")
			.variable("household", householdIdOf("HH-284645-0003"))
			.variable("preventive", false)
			.execute()
			.path("discover.edges[*].node.preventive[*]")
			.entityList(Object.class)
			.hasSize(0);
	}

	// --- hand-built graphs --------------------------------------------------------------------------------------

	@Test
	void oneServiceCoveringSeveralNeedsRanksAboveServicesCoveringOneEach() {
		Graph graph = graph(List.of("food", "employment"));
		graph.service("A 食料だけ", "municipality", List.of("food"));
		graph.service("B 就労だけ", "municipality", List.of("employment"));
		graph.service("C 食料と就労", "municipality", List.of("food", "employment"));
		graph.service("D 他地区の食料", "otherDistrict", List.of("food"));

		GraphQlTester.Response response = graph.discover().execute();
		response.path("discover.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("discover.edges[*].node.rank").entityList(Integer.class).containsExactly(1, 2, 3);
		assertThat(names(response)).containsExactly("C 食料と就労", "A 食料だけ", "B 就労だけ");
		response.path("discover.edges[0].node.covers[*].code").entityList(String.class).containsExactly("employment", "food");
		response.path("discover.edges[0].node.warm").entity(Boolean.class).isEqualTo(false);
		response.path("discover.edges[0].node.reasons[1]").entity(String.class).isEqualTo("既存のつながりなし（直接の連絡が必要）");
	}

	@Test
	void aSupportersPathRanksAboveAnotherKnowersAboveColdAndShorterAboveLonger() {
		Graph graph = graph(List.of("food"));
		String supporter = graph.organization("支援している法人");
		graph.supports(supporter, "2024-01-01", JapanDate.today().minusDays(30).toString());
		String near = graph.service("D 支援者の連携先", "municipality", List.of("food"));
		String far = graph.service("C 支援者の遠い連携先", "municipality", List.of("food"));
		String holders = graph.service("B 記録保有機関の連携先", "municipality", List.of("food"));
		graph.service("A つながりなし", "municipality", List.of("food"));
		graph.collaborate(supporter, graph.providerOf(near));
		String between = graph.organization("間の組織");
		graph.collaborate(supporter, between);
		graph.collaborate(between, graph.providerOf(far));
		graph.collaborate(graph.recordHolder, graph.providerOf(holders));

		GraphQlTester.Response response = graph.discover().execute();
		assertThat(names(response)).containsExactly("D 支援者の連携先", "C 支援者の遠い連携先", "B 記録保有機関の連携先", "A つながりなし");
		response.path("discover.edges[*].node.viaSupporter").entityList(Boolean.class).containsExactly(true, true, false, false);
		response.path("discover.edges[*].node.warm").entityList(Boolean.class).containsExactly(true, true, true, false);
		response.path("discover.edges[0].node.warmestPath.ties[*].kind")
			.entityList(String.class)
			.containsExactly("SUPPORTS", "COLLABORATES_WITH", "PROVIDES");
		response.path("discover.edges[1].node.warmestPath.length").entity(Integer.class).isEqualTo(4);
		response.path("discover.edges[2].node.warmestPath.ties[*].kind")
			.entityList(String.class)
			.containsExactly("RECORD_HELD_BY", "COLLABORATES_WITH", "PROVIDES");
		response.path("discover.edges[0].node.reasons[1]").entity(String.class).isEqualTo("この世帯を支援している 支援している法人 から2ステップ");
		response.path("discover.edges[2].node.reasons[1]").entity(String.class).isEqualTo("この世帯の記録を保有する 記録保有機関 から2ステップ");
	}

	@Test
	void aPathNeverRunsThroughAnotherHouseholdOrAnArea() {
		Graph graph = graph(List.of("food"));
		String service = graph.service("地域だけでつながる", "municipality", List.of("food"));
		write("""
				MATCH (r:Organization {id: $r}), (p:Organization {id: $p}), (m:Area {code: $m})
				CREATE (other:Household {id: randomUUID(), code: 'HH-TEST-OTHER', protection: 'NONE', archived: false, createdAt: datetime()})
				CREATE (r)-[:SUPPORTS]->(other)<-[:SUPPORTS]-(p)
				CREATE (r)-[:SERVES]->(m)""", "r", graph.recordHolder, "p", graph.providerOf(service), "m", graph.code("municipality"));
		graph.discover().execute().path("discover.edges[0].node.warm").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void nearerAvailabilityRanksFirst() {
		Graph graph = graph(List.of("food"));
		graph.service("A 県内", "prefecture", List.of("food"));
		graph.service("B 市内", "municipality", List.of("food"));
		graph.service("C 地区内", "district", List.of("food"));
		GraphQlTester.Response response = graph.discover().execute();
		assertThat(names(response)).containsExactly("C 地区内", "B 市内", "A 県内");
		response.path("discover.edges[*].node.availability")
			.entityList(String.class)
			.containsExactly("DISTRICT", "MUNICIPALITY", "PREFECTURE");
	}

	@Test
	void laterStepsOfARiskPathwayComeAfterDirectResultsMarkedPreventive() {
		Graph graph = graph(List.of("unemployment"));
		graph.service("A 多重債務の相談", "district", List.of("multiple_debt"));
		graph.service("B こころの相談", "municipality", List.of("mental_health"));
		graph.service("Z 就労支援", "prefecture", List.of("employment"));

		GraphQlTester.Response response = graph.discover().execute();
		// a service for a broader need (就労) covers the narrower issue (失業) and comes first despite being far away
		assertThat(names(response)).containsExactly("Z 就労支援", "B こころの相談", "A 多重債務の相談");
		response.path("discover.edges[0].node.covers[*].code").entityList(String.class).containsExactly("unemployment");
		response.path("discover.edges[0].node.preventive").entityList(Object.class).hasSize(0);
		response.path("discover.edges[1].node.covers").entityList(Object.class).hasSize(0);
		// こころの健康 covers うつ病 and 自殺 of pathway_1 and 自殺 of pathway_3: two needs
		response.path("discover.edges[1].node.preventive[*].need.code")
			.entityList(String.class)
			.contains("depression", "suicide_risk");
		response.path("discover.edges[2].node.preventive[0].pathway.code").entity(String.class).isEqualTo("pathway_1");
		response.path("discover.edges[2].node.preventive[0].trigger.code").entity(String.class).isEqualTo("unemployment");
		response.path("discover.edges[2].node.reasons[0]")
			.entity(String.class)
			.isEqualTo("予防的な支援: 失業 の先にある 多重債務 に対応（自殺の危機経路 失業→生活苦→多重債務→うつ病→自殺）");

		assertThat(names(graph.discover().variable("preventive", false).execute())).containsExactly("Z 就労支援");
	}

	@Test
	void theNeedsFormStartsWarmPathsAtTheCallersOrganisationAndPagesByRank() {
		Graph graph = graph(List.of());
		String warm = graph.service("B 連携先の食料", "municipality", List.of("food"));
		graph.service("A 食料", "municipality", List.of("food"));
		graph.service("C 就労", "district", List.of("employment"));
		graph.collaborate(graph.recordHolder, graph.providerOf(warm));

		GraphQlTester.Response first = graph.tester.documentName("discovery-ranks")
			.variable("needs", List.of("food", "employment"))
			.variable("area", graph.code("district"))
			.variable("first", 2)
			.execute();
		first.path("discover.totalCount").entity(Integer.class).isEqualTo(3);
		assertThat(names(first)).containsExactly("B 連携先の食料", "C 就労");
		first.path("discover.edges[0].node.reasons")
			.entityList(String.class)
			.containsExactly("指定された課題 食料 に対応", "あなたの組織 記録保有機関 から2ステップ", "テスト市で利用可能");
		first.path("discover.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("discover.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = graph.tester.documentName("discovery-ranks")
			.variable("needs", List.of("food", "employment"))
			.variable("area", graph.code("district"))
			.variable("first", 2)
			.variable("after", cursor)
			.execute();
		assertThat(names(second)).containsExactly("A 食料");
		second.path("discover.edges[0].node.rank").entity(Integer.class).isEqualTo(3);
		second.path("discover.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aServiceAddedBetweenTwoPagesIsNeitherRepeatedNorSkipped() {
		Graph graph = graph(List.of("food"));
		graph.service("A 食料", "municipality", List.of("food"));
		graph.service("C 食料", "municipality", List.of("food"));
		graph.service("E 食料", "municipality", List.of("food"));
		GraphQlTester.Response first = graph.discover().variable("first", 2).execute();
		assertThat(names(first)).containsExactly("A 食料", "C 食料");
		String cursor = first.path("discover.pageInfo.endCursor").entity(String.class).get();

		// ranks before the cursor's service: a page by rank offset would show C again
		graph.service("B 食料", "municipality", List.of("food"));
		GraphQlTester.Response second = graph.discover().variable("first", 2).variable("after", cursor).execute();
		assertThat(names(second)).containsExactly("E 食料");
		second.path("discover.edges[0].node.rank").entity(Integer.class).isEqualTo(4);
		second.path("discover.totalCount").entity(Integer.class).isEqualTo(4);
		second.path("discover.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void pagesOfOneFollowTheWholeRankingWarmPathsIncluded() {
		Graph graph = graph(List.of("food", "unemployment"));
		String supporter = graph.organization("支援している法人");
		graph.supports(supporter, "2024-01-01", JapanDate.today().minusDays(30).toString());
		graph.service("A 食料と就労", "municipality", List.of("food", "employment"));
		graph.service("B 食料", "municipality", List.of("food"));
		String warmFood = graph.service("C 支援者の連携先の食料", "municipality", List.of("food"));
		String heldWork = graph.service("D 記録保有機関の連携先の就労", "municipality", List.of("employment"));
		graph.service("E 就労", "district", List.of("employment"));
		String warmDebt = graph.service("F 支援者の連携先の多重債務の相談", "municipality", List.of("multiple_debt"));
		graph.service("G 多重債務の相談", "district", List.of("multiple_debt"));
		graph.collaborate(supporter, graph.providerOf(warmFood));
		graph.collaborate(graph.recordHolder, graph.providerOf(heldWork));
		graph.collaborate(supporter, graph.providerOf(warmDebt));

		GraphQlTester.Response whole = graph.discover().variable("first", 10).execute();
		List<String> ranking = names(whole);
		// C above D, D above E and B, F above G: only by their warm paths
		assertThat(ranking).containsExactly("A 食料と就労", "C 支援者の連携先の食料", "D 記録保有機関の連携先の就労", "E 就労", "B 食料",
				"F 支援者の連携先の多重債務の相談", "G 多重債務の相談");
		List<Integer> scores = whole.path("discover.edges[*].node.score").entityList(Integer.class).get();

		// each page searches paths only for the coverages it reaches, and on a first page stops searching other
		// knowers' paths once supporters' paths fill its places: yet every page ranks as the whole list does
		for (int size = 1; size <= 3; size++) {
			String cursor = null;
			for (int from = 0; from < ranking.size(); from += size) {
				GraphQlTester.Response page = graph.discover().variable("first", size).variable("after", cursor).execute();
				int to = Math.min(ranking.size(), from + size);
				assertThat(names(page)).as("first %d after %s", size, cursor).isEqualTo(ranking.subList(from, to));
				assertThat(page.path("discover.edges[*].node.score").entityList(Integer.class).get())
					.isEqualTo(scores.subList(from, to));
				page.path("discover.edges[0].node.rank").entity(Integer.class).isEqualTo(from + 1);
				page.path("discover.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(to < ranking.size());
				cursor = page.path("discover.pageInfo.endCursor").entity(String.class).get();
			}
		}
	}

	@Test
	void aCursorWhoseServiceLeftTheRankingOrThatIsMalformedIsABadRequest() {
		Graph graph = graph(List.of("food"));
		String a = graph.service("A 食料", "municipality", List.of("food"));
		graph.service("B 食料", "municipality", List.of("food"));
		String cursor = graph.discover().variable("first", 1).execute().path("discover.pageInfo.endCursor")
			.entity(String.class)
			.get();
		write("MATCH (s:Service {id: $id}) SET s.archived = true", "id", a);
		expectBadRequest(graph.discover().variable("after", cursor).execute(), "after",
				"that service is no longer in this ranking; start again from the first page");
		expectBadRequest(graph.discover().variable("after", "not-a-cursor").execute(), "after",
				"is not a cursor this API returned");
	}

	@Test
	void aSupporterWhoseContactHasLapsedRanksBelowALiveSupporterAsAnotherKnower() {
		Graph graph = graph(List.of("food"));
		LocalDate today = JapanDate.today();
		String live = graph.organization("連絡している法人");
		graph.supports(live, "2020-01-01", today.minusDays(30).toString());
		String lapsed = graph.organization("連絡が途絶えた法人");
		graph.supports(lapsed, "2020-01-01", today.minusDays(400).toString());
		String nearLapsed = graph.service("A 途絶えた支援者の提供先", "municipality", List.of("food"));
		String farLive = graph.service("B 支援者の遠い連携先", "municipality", List.of("food"));
		graph.collaborate(lapsed, graph.providerOf(nearLapsed));
		String between = graph.organization("間の組織");
		graph.collaborate(live, between);
		graph.collaborate(between, graph.providerOf(farLive));

		GraphQlTester.Response response = graph.discover().execute();
		assertThat(names(response)).containsExactly("B 支援者の遠い連携先", "A 途絶えた支援者の提供先");
		response.path("discover.edges[*].node.viaSupporter").entityList(Boolean.class).containsExactly(true, false);
		response.path("discover.edges[*].node.warm").entityList(Boolean.class).containsExactly(true, true);
		response.path("discover.edges[1].node.reasons[1]")
			.entity(String.class)
			.isEqualTo("この世帯を支援しているが連絡が途絶えている 連絡が途絶えた法人 から2ステップ");
		response.path("discover.edges[0].node.score")
			.entity(Integer.class)
			.isEqualTo(Ranking.DIRECT + Ranking.PER_NEED + 2 * Ranking.PER_WARMTH + 5 * Ranking.PER_SHORTER_TIE
					+ Ranking.PER_NEARNESS);
		response.path("discover.edges[1].node.score")
			.entity(Integer.class)
			.isEqualTo(Ranking.DIRECT + Ranking.PER_NEED + Ranking.PER_WARMTH + 6 * Ranking.PER_SHORTER_TIE
					+ Ranking.PER_NEARNESS);
	}

	@Test
	void anOrganisationThatAcceptedAReferralIsAWarmStartWithoutShowingTheReferral() {
		Graph graph = graph(List.of("food"));
		String accepting = graph.organization("つなぎ先の法人");
		graph.acceptedReferral(accepting, "2026-01-10T20:00:00Z");
		String service = graph.service("つなぎ先の連携先", "municipality", List.of("food"));
		graph.collaborate(accepting, graph.providerOf(service));

		GraphQlTester.Response response = graph.discover().execute();
		response.path("discover.edges[0].node.warm").entity(Boolean.class).isEqualTo(true);
		response.path("discover.edges[0].node.viaSupporter").entity(Boolean.class).isEqualTo(false);
		response.path("discover.edges[0].node.warmestPath.nodes[*].name")
			.entityList(String.class)
			.containsExactly("つなぎ先の法人", "つなぎ先の連携先の運営法人", "つなぎ先の連携先");
		response.path("discover.edges[0].node.reasons[1]").entity(String.class).isEqualTo("つなぎを受け入れた つなぎ先の法人 から2ステップ");
	}

	@Test
	void aVolunteerAssignedToTheHouseholdsMunicipalityIsAWarmStart() {
		Graph graph = graph(List.of("food"));
		String volunteer = graph.volunteer("市の委員", "municipality");
		String service = graph.service("民児協の連携先", "municipality", List.of("food"));
		graph.collaborate(graph.councilOf(volunteer), graph.providerOf(service));

		GraphQlTester.Response response = graph.discover().execute();
		response.path("discover.edges[0].node.warmestPath.nodes[*].name")
			.entityList(String.class)
			.containsExactly("HH-" + graph.prefix, "テスト地区", "テスト市", "市の委員", "市の委員の民児協", "民児協の連携先の運営法人",
					"民児協の連携先");
		response.path("discover.edges[0].node.reasons[1]").entity(String.class).isEqualTo("担当地区の民生委員 市の委員 から3ステップ");
	}

	@Test
	void badArgumentsAreNamed() {
		GraphQlTester tester = patient(as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)));
		expectBadRequest(tester.documentName("discovery-ranks").execute(), "household", "give either household or needs");
		expectBadRequest(tester.documentName("discovery-ranks")
			.variable("household", householdIdOf(ONO_HOUSEHOLD))
			.variable("needs", List.of("food"))
			.execute(), "household", "give either household or needs, not both");
		expectBadRequest(tester.documentName("discovery-ranks").variable("needs", List.of("food")).execute(), "area",
				"is required with needs");
		expectBadRequest(tester.documentName("discovery-ranks")
			.variable("needs", List.of("food", "no_such_need"))
			.variable("area", "282189")
			.execute(), "needs", "no need with code no_such_need");
		expectBadRequest(tester.documentName("discovery-ranks")
			.variable("needs", List.of("food"))
			.variable("area", "999999")
			.execute(), "area", "コード 999999 の地域はありません");
		expectBadRequest(tester.documentName("discovery-ranks")
			.variable("needs", List.of("food"))
			.variable("area", "282189")
			.variable("first", 101)
			.execute(), "first", "must be between 1 and 100, was 101");
	}

}
