package jp.tsunagu.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo network against the seeds (shared/seeds), through the API, as a coordinator from those towns would check
 * it: one test per error of fact the review found, each failing on the demo as it was.
 */
class SeedFidelityIT extends HubIntegrationTest {

	private static final String COMMISSIONS = """
			query($m: String!) { commissions(municipalityCode: $m) {
			  function { code } organization { name } since programme mode periodFrom } }""";

	private static final String COVERAGE = """
			query($m: String!) { supportFunctionCoverage(municipality: $m) {
			  coveredCount gapCount unknownCount
			  functions { function { code } status mode runWith { code }
			    commissions { programme }
			    subAreas { function { code } status mode commissions { programme organization { name } } } } } }""";

	/** 1. Model projects (モデル事業) were recorded as 重層 commissions, dated before 重層 existed (April 2021). */
	@Test
	void modelProjectsBeforeJusoAreRecordedAsModelProjectsNotAsJusoCommissions() {
		Map<String, String> modelProjects = Map.of("032085", "5:MODEL_MULTI_AGENCY", "322016", "5:MODEL_MULTI_AGENCY",
				"182109", "3:MODEL_COMMUNITY_STRENGTH", "452068", "3:MODEL_COMMUNITY_STRENGTH", "082040",
				"3:MODEL_COMMUNITY_STRENGTH", "272311", "5:MODEL_MULTI_AGENCY");
		for (var town : modelProjects.entrySet()) {
			GraphQlTester.Response response = graphQl.document(COMMISSIONS).variable("m", town.getKey()).execute();
			response.errors().verify();
			List<Map<String, Object>> rows = rows(response, "commissions");
			for (Map<String, Object> row : rows) {
				String programme = (String) row.get("programme");
				String since = (String) row.get("since");
				if (programme.startsWith("JUSO") || programme.equals("TRANSITION")) {
					assertThat(since == null || since.compareTo("2021-04-01") >= 0)
						.as("%s %s under %s since %s", town.getKey(), row.get("function"), programme, since)
						.isTrue();
				}
			}
			assertThat(rows).anySatisfy(row -> assertThat(((Map<?, ?>) row.get("function")).get("code") + ":"
					+ row.get("programme")).isEqualTo(town.getValue()));
		}
		// 古河, 坂井, 日向: the model project 地域力強化 is not function 3: 3.1, 3.3 and 3.4 are not known to be run
		for (String town : List.of("082040", "182109", "452068")) {
			GraphQlTester.Response response = graphQl.document(COVERAGE).variable("m", town).execute();
			response.path("supportFunctionCoverage.functions[2].subAreas[*].status")
				.entityList(String.class)
				.satisfies(statuses -> {
					assertThat(statuses.get(0)).isEqualTo("UNKNOWN");
					assertThat(statuses.get(2)).isEqualTo("UNKNOWN");
					assertThat(statuses.get(3)).isEqualTo("UNKNOWN");
				});
		}
		// 古河's 生活支援体制整備 (平成28年度〜) is the existing programme itself
		graphQl.document(COVERAGE).variable("m", "082040").execute()
			.path("supportFunctionCoverage.functions[2].subAreas[1].status").entity(String.class).isEqualTo("COVERED");
	}

	@Test
	void aJusoCommissionCannotStartBeforeJusoExisted() {
		String council = idOfNamed("Organization", "小野市社会福祉協議会");
		GraphQlTester.Response response = graphQl.document("""
				mutation($o: ID!) { createCommission(input: {organizationId: $o, functionCode: "5", municipalityCode: "282189",
				  since: "2019-04-01"}) { commission { id } errors { field message } } }""")
			.variable("o", council)
			.execute();
		response.path("createCommission.commission").valueIsNull();
		response.path("createCommission.errors[0].field").entityList(String.class).containsExactly("input", "since");
		GraphQlTester.Response model = graphQl.document("""
				mutation($o: ID!) { createCommission(input: {organizationId: $o, functionCode: "5", municipalityCode: "282189",
				  since: "2019-04-01", programme: MODEL_MULTI_AGENCY, periodFrom: "2019-04-01", periodTo: "2021-03-31"}) {
				  commission { programme programmeLabelJa mode periodTo } errors { field } } }""")
			.variable("o", council)
			.execute();
		model.path("createCommission.errors").entityList(Object.class).hasSize(0);
		model.path("createCommission.commission.programmeLabelJa").entity(String.class)
			.isEqualTo("多機関の協働による包括的支援体制構築事業（モデル事業）");
		model.path("createCommission.commission.mode").entity(String.class).isEqualTo("COMMISSIONED");
		// a model project is history: 小野市's 多機関協働 stays unknown
		graphQl.document(COVERAGE).variable("m", "282189").execute()
			.path("supportFunctionCoverage.functions[4].status").entity(String.class).isEqualTo("UNKNOWN");
	}

	/** 2. 支援プランの作成は多機関協働と一体的に実施: 6 is not a gap where 5 is run. */
	@Test
	void supportPlansAreRunTogetherWithMultiAgencyCollaboration() {
		for (String town : List.of("272311", "322016", "113484")) {
			GraphQlTester.Response response = graphQl.document(COVERAGE).variable("m", town).execute();
			response.errors().verify();
			response.path("supportFunctionCoverage.functions[4].status").entity(String.class).isEqualTo("COVERED");
			response.path("supportFunctionCoverage.functions[5].status").entity(String.class).isEqualTo("COVERED");
		}
		graphQl.document(COVERAGE).variable("m", "272311").execute()
			.path("supportFunctionCoverage.functions[5].runWith.code").entity(String.class).isEqualTo("5");
		// 遠野 ran 多機関協働 only as a model project: nothing is known of 5 or 6 under 重層
		GraphQlTester.Response tono = graphQl.document(COVERAGE).variable("m", "032085").execute();
		tono.path("supportFunctionCoverage.functions[4].status").entity(String.class).isEqualTo("UNKNOWN");
		tono.path("supportFunctionCoverage.functions[4].commissions[0].programme").entity(String.class)
			.isEqualTo("MODEL_MULTI_AGENCY");
		tono.path("supportFunctionCoverage.functions[5].status").entity(String.class).isEqualTo("UNKNOWN");
	}

	/** 3. How a function is run (直営・委託・補助), and 不明 (missing data) told from a gap. */
	@Test
	void eachCellHasItsModeAndMissingDataIsUnknownNotAGap() {
		GraphQlTester.Response sayama = graphQl.document(COVERAGE).variable("m", "272311").execute();
		sayama.path("supportFunctionCoverage.functions[0].subAreas[*].mode")
			.entityList(String.class)
			.containsExactly("COMMISSIONED", "COMMISSIONED", "DIRECT", "COMMISSIONED");
		sayama.path("supportFunctionCoverage.functions[0].mode").valueIsNull();
		sayama.path("supportFunctionCoverage.functions[3].status").entity(String.class).isEqualTo("UNKNOWN");
		sayama.path("supportFunctionCoverage.gapCount").entity(Integer.class).isEqualTo(0);

		GraphQlTester.Response ono = graphQl.document(COVERAGE).variable("m", "282189").execute();
		ono.path("supportFunctionCoverage.coveredCount").entity(Integer.class).isEqualTo(0);
		ono.path("supportFunctionCoverage.gapCount").entity(Integer.class).isEqualTo(0);
		ono.path("supportFunctionCoverage.unknownCount").entity(Integer.class).isEqualTo(12);
	}

	/** 4. ほっとかへんネット (兵庫県) is the network of the 社会福祉法人・施設, not of the 社協s. */
	@Test
	void hottokahenNetIsTheNetworkOfCorporationsAndFacilities() {
		String network = idOfNamed("Network", "ほっとかへんネット");
		GraphQlTester.Response response = graphQl.document("""
				query($n: ID!) { networkMembers(networkId: $n, first: 100) { totalCount edges { node { member { ... on Organization { kind } } } } } }""")
			.variable("n", network)
			.execute();
		response.errors().verify();
		response.path("networkMembers.totalCount").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
		response.path("networkMembers.edges[*].node.member.kind")
			.entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).allMatch(kind -> kind.equals("SOCIAL_WELFARE_CORPORATION") || kind.equals("FACILITY")));
	}

	/** 5. 「+」 means the two occur together: neither comes first, and discover does not treat one as the later. */
	@Test
	void coOccurringStepsShareAStageInTheSeedsWording() {
		GraphQlTester.Response response = graphQl.document("""
				{ riskPathways { code steps { code } stages { position needs { code } } } }""").execute();
		response.errors().verify();
		response.path("riskPathways[2].steps[*].code")
			.entityList(String.class)
			.containsExactly("crime_victimization", "mental_illness", "unemployment", "heartbreak", "suicide_risk");
		response.path("riskPathways[2].stages[2].needs[*].code").entityList(String.class)
			.containsExactly("unemployment", "heartbreak");
		response.path("riskPathways[1].stages[2].needs[*].code").entityList(String.class)
			.containsExactly("divorce_worries", "anxiety_about_future");
		response.path("riskPathways[7].stages[3].needs[*].code").entityList(String.class)
			.containsExactly("physical_illness", "depression");
		response.path("riskPathways[11].stages[0].needs[*].code").entityList(String.class)
			.containsExactly("physical_illness", "bereavement");
		response.path("riskPathways[11].stages[*].position").entityList(Integer.class).containsExactly(1, 2, 3);

		// a heartbreak alone is not the start of pathway 3, nor does it lead to a job loss
		GraphQlTester.Response discovered = patient(graphQl).document("""
				{ discover(needs: ["heartbreak"], area: "282189", first: 50) { edges { node { preventive { pathway { code } need { code } } } } } }""")
			.execute();
		discovered.errors().verify();
		discovered.path("discover.edges[*].node.preventive[*].need.code").entityList(String.class)
			.doesNotContain("unemployment");
	}

	/** Preventive pathways follow the household's profile: a job loss alone does not bring up a sexual-violence pathway. */
	@Test
	void aJobLossAloneFollowsOnlyThePathwaysThatStartWithIt() {
		GraphQlTester.Response response = patient(graphQl).document("""
				{ discover(needs: ["unemployment"], area: "282189", first: 50) { edges { node { preventive { pathway { code } } } } } }""")
			.execute();
		response.errors().verify();
		response.path("discover.edges[*].node.preventive[*].pathway.code").entityList(String.class)
			.satisfies(codes -> assertThat(codes).isNotEmpty().containsOnly("pathway_1"));
	}

	/** 6. Plans are not facts: 太子町's network and 相談会, the 連絡会議（仮称）. */
	@Test
	void plannedNetworksAndActivitiesAreMarkedPlannedWithoutMembersOrDates() {
		for (String name : List.of("ほっとかへんネット太子（太子町社会福祉法人連絡協議会）", "生活困窮者自立支援実施機関・市町村社協連絡会議（仮称）")) {
			GraphQlTester.Response response = graphQl.document("""
					query($n: ID!) { network(id: $n) { status statusLabelJa foundedOn } networkMembers(networkId: $n) { totalCount } }""")
				.variable("n", idOfNamed("Network", name))
				.execute();
			response.errors().verify();
			response.path("network.status").entity(String.class).isEqualTo("PLANNED");
			response.path("network.statusLabelJa").entity(String.class).isEqualTo("計画中");
			response.path("network.foundedOn").valueIsNull();
			response.path("networkMembers.totalCount").entity(Integer.class).isEqualTo(0);
		}
		GraphQlTester.Response event = graphQl.document("query($a: ID!) { activity(id: $a) { status since } }")
			.variable("a", idOfNamed("Activity", "ほっとかへんネット 住民向け相談会（太子町）"))
			.execute();
		event.path("activity.status").entity(String.class).isEqualTo("PLANNED");
		event.path("activity.since").valueIsNull();
		graphQl.document("query($n: ID!) { network(id: $n) { status } }")
			.variable("n", idOfNamed("Network", "ほっとかへんネットおの"))
			.execute()
			.path("network.status").entity(String.class).isEqualTo("ACTIVE");
	}

	/** 7. 宝塚: 社協 gives いろり only 後方支援; companies are partners apart from ほっとかへんネット宝塚. */
	@Test
	void takarazukasCouncilBacksIroriAndCompaniesStayOutsideTheCorporationsNetwork() {
		GraphQlTester.Response service = graphQl.document("query($s: ID!) { service(id: $s) { provider { name } } }")
			.variable("s", idOfNamed("Service", "いろり：就労に向けた居場所と受注作業"))
			.execute();
		service.errors().verify();
		service.path("service.provider.name").entity(String.class).isEqualTo("スミレン’sワークいろり");
		GraphQlTester.Response members = graphQl.document("""
				query($n: ID!) { networkMembers(networkId: $n, first: 100) { edges { node { member { ... on Organization { kind } } } } } }""")
			.variable("n", idOfNamed("Network", "ほっとかへんネット宝塚（宝塚市社会福祉法人連絡協議会）"))
			.execute();
		members.path("networkMembers.edges[*].node.member.kind").entityList(String.class).doesNotContain("COMPANY");
	}

	/** 8. A service serves its jurisdiction, not whoever is nearest; distances are rounded. */
	@Test
	void serviceGapsOnlyOfferServicesWhoseJurisdictionContainsTheArea() {
		GraphQlTester.Response response = graphQl.document("""
				{ serviceGaps(area: "282189") { uncovered { need { code } kind nearest { service { name } } }
				  farOnly { need { code } kind nearest { availableIn { code } distanceKm } } } }""").execute();
		response.errors().verify();
		response.path("serviceGaps.uncovered[*].nearest").entityList(Object.class)
			.satisfies(nearest -> assertThat(nearest).containsOnlyNulls());
		// 小野市 has no DV service, and none in 兵庫県 reaches it; another prefecture's 法テラス does not serve it. Its
		// 権利擁護 is its own 地域包括支援センター's, not 大阪狭山市's.
		response.path("serviceGaps.uncovered[*].need.code").entityList(String.class)
			.contains("violence_abuse", "domestic_violence")
			.doesNotContain("advocacy");
		response.path("serviceGaps.farOnly[*].nearest.availableIn.code").entityList(String.class)
			.satisfies(codes -> assertThat(codes).allMatch("280003"::equals));
		response.path("serviceGaps.farOnly[*].nearest.distanceKm").entityList(Double.class)
			.satisfies(distances -> assertThat(distances).allMatch(km -> km == Math.round(km * 10) / 10.0));
	}

	/** 9. A reason speaks of the household's issues, open or in progress, without calling them all 未対応. */
	@Test
	void reasonsDoNotCallIssuesInProgressUnattended() {
		String household = (String) single("""
				MATCH (h:Household)-[i:HAS_ISSUE {status: 'IN_PROGRESS'}]->(:Need)
				MATCH (h)-[:RECORD_HELD_BY]->(holder:Organization {kind: 'COUNCIL'})
				WHERE NOT (h)-[:HAS_ISSUE {status: 'OPEN'}]->() AND coalesce(h.protection, 'NONE') = 'NONE'
				RETURN h.id ORDER BY h.code LIMIT 1""");
		String holder = (String) single("MATCH (:Household {id: $h})-[:RECORD_HELD_BY]->(o) RETURN o.name", "h", household);
		GraphQlTester.Response response = patient(as(caller(Role.COORDINATOR, holder, null))).document("""
				query($h: ID!) { discover(household: $h, preventive: false, first: 3) { edges { node { reasons } } } }""")
			.variable("h", household)
			.execute();
		response.errors().verify();
		response.path("discover.edges[*].node.reasons[0]").entityList(String.class)
			.satisfies(reasons -> assertThat(reasons).isNotEmpty().noneMatch(reason -> reason.contains("未対応")));
	}

	/** 10. A facility belongs to the networks of the corporation that operates it. */
	@Test
	void facilitiesOfMemberCorporationsAreNotWithoutANetwork() {
		for (String town : List.of("282189", "402257")) {
			GraphQlTester.Response response = graphQl.document("""
					query($a: String!) { organizationsWithoutNetwork(area: $a, kind: FACILITY, first: 100) { totalCount } }""")
				.variable("a", town)
				.execute();
			response.errors().verify();
			response.path("organizationsWithoutNetwork.totalCount").entity(Integer.class).isEqualTo(0);
		}
		// 太子町's network is only called for: its corporations belong to no network yet
		graphQl.document("""
				{ organizationsWithoutNetwork(area: "284645", kind: SOCIAL_WELFARE_CORPORATION) { totalCount } }""")
			.execute()
			.path("organizationsWithoutNetwork.totalCount")
			.entity(Integer.class)
			.satisfies(count -> assertThat(count).isPositive());
	}

	/** Every demo municipality has the institutions every Japanese municipality has, generated and marked so. */
	@Test
	void everyMunicipalityHasItsCommunityCentreSelfRelianceDeskHelloWorkAndWelfareDesk() {
		long municipalities = (long) single("MATCH (m:Municipality) RETURN count(m)");
		for (String agency : List.of("COMMUNITY_GENERAL_SUPPORT_CENTER", "SELF_RELIANCE_SUPPORT_AGENCY", "HELLO_WORK")) {
			assertThat(single("""
					MATCH (m:Municipality)
					WHERE EXISTS { (o:Organization {agencyType: $agency})-[:LOCATED_IN]->(:Area)-[:PART_OF*0..1]->(m)
					               WHERE EXISTS { (o)-[:PROVIDES]->(:Service)-[:AVAILABLE_IN]->(m) } OR NOT o.generated }
					RETURN count(m)""", "agency", agency)).as(agency).isEqualTo(municipalities);
		}
		assertThat(single("""
				MATCH (m:Municipality)
				WHERE EXISTS { (o:GovernmentOffice {generated: true})-[:PROVIDES]->(s:Service)-[:AVAILABLE_IN]->(m)
				               WHERE o.name ENDS WITH '福祉窓口' AND EXISTS { (s)-[:ADDRESSES]->(:Need {code: 'household_finance'}) } }
				RETURN count(m)""")).isEqualTo(municipalities);
		GraphQlTester.Response ono = graphQl.document("""
				query($o: ID!) { organization(id: $o) { kind agencyType generated } }""")
			.variable("o", idOfNamed("Organization", "小野市地域包括支援センター"))
			.execute();
		ono.path("organization.agencyType").entity(String.class).isEqualTo("COMMUNITY_GENERAL_SUPPORT_CENTER");
		ono.path("organization.generated").entity(Boolean.class).isEqualTo(true);
		// an elderly household's 介護 answers in 小野市 now include its 地域包括支援センター
		GraphQlTester.Response care = patient(graphQl).document("""
				{ discover(needs: ["long_term_care"], area: "282189", preventive: false) { edges { node { service { name } } } } }""")
			.execute();
		care.path("discover.edges[*].node.service.name").entityList(String.class)
			.contains("高齢者の総合相談・権利擁護（小野市地域包括支援センター）");
	}

	/** A need nothing in the area addresses is said to be unaddressed, not hidden behind services for other needs. */
	@Test
	void discoverSaysSoWhenNoServiceAddressesANeed() {
		GraphQlTester.Response response = patient(graphQl).document("""
				{ discover(needs: ["domestic_violence", "long_term_care"], area: "282189") {
				    unaddressed { need { code } area { name } message messageJa } } }""")
			.execute();
		response.errors().verify();
		response.path("discover.unaddressed[*].need.code").entityList(String.class).containsExactly("domestic_violence");
		response.path("discover.unaddressed[0].message").entity(String.class)
			.isEqualTo("no direct service for Domestic violence in 小野市");
		response.path("discover.unaddressed[0].messageJa").entity(String.class)
			.isEqualTo("小野市にDVに直接対応する社会資源はありません");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(GraphQlTester.Response response, String path) {
		return (List<Map<String, Object>>) (List<?>) response.path(path).entityList(Map.class).get();
	}

	private static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		return tester.mutate()
			.webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60)))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}
}
