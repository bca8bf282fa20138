package jp.tsunagu.gaps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Needs an area lacks services for, on the demo network and on a small made-up prefecture in the sea. */
class ServiceGapsIT extends GapsTestSupport {

	@Test
	void onoLacksHealthEverywhereAndNoOtherTownsServiceFillsAGap() {
		GraphQlTester.Response response = patientAnonymous().documentName("gaps-service-gaps")
			.variable("area", "282189")
			.execute();
		response.errors().verify();
		response.path("serviceGaps.area.name").entity(String.class).isEqualTo("小野市");
		List<String> uncovered = response.path("serviceGaps.uncovered[*].need.code").entityList(String.class).get();
		// 小野市's own services cover debt (and so multiple_debt), food, employment, mobility, care and, at the town
		// hall's welfare desk, childcare
		assertThat(uncovered).contains("health", "family_relations", "education", "violence_abuse")
			.doesNotContain("debt", "multiple_debt", "food", "employment", "mobility_shopping", "long_term_care",
					"childcare");
		response.path("serviceGaps.uncovered[*].kind").entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).containsOnly("NO_SERVICE"));
		// 太子町's services serve 太子町, however near: nothing of another town is offered, at any distance
		for (double farKm : List.of(20.0, 400.0)) {
			GraphQlTester.Response wider = patientAnonymous().documentName("gaps-service-gaps")
				.variable("area", "282189")
				.variable("farKm", farKm)
				.execute();
			wider.path("serviceGaps.uncovered[*].nearest").entityList(Object.class)
				.satisfies(nearest -> assertThat(nearest).containsOnlyNulls());
			wider.path("serviceGaps.farOnly[*].nearest.availableIn.code").entityList(String.class)
				.satisfies(codes -> assertThat(codes).containsOnly("280003"));
		}
	}

	@Test
	void aHandBuiltPrefectureIsServedOnlyByServicesWhoseJurisdictionContainsTheArea() {
		buildSeaPrefecture();
		GraphQlTester.Response response = patientAnonymous().documentName("gaps-service-gaps")
			.variable("area", "T-GAPS-A")
			.execute();
		response.errors().verify();

		// B's and C's services serve B and C: for A they are no service at all
		assertThat(testGaps(response, "uncovered")).containsExactly("gaps-archived=NO_SERVICE", "gaps-broad2=NO_SERVICE",
				"gaps-far=NO_SERVICE", "gaps-near=NO_SERVICE", "gaps-none=NO_SERVICE");
		response.path("serviceGaps.uncovered[?(@.need.code == 'gaps-near')].nearest").entityList(Object.class)
			.satisfies(nearest -> assertThat(nearest).containsOnlyNulls());
		// the prefecture's service serves A; its provider has no place, so the distance is to the prefecture's
		// coordinates, about 44 km: far at the default 20 km, rounded to 0.1 km
		assertThat(testGaps(response, "farOnly")).containsExactly("gaps-prefecture=FAR_AWAY");
		response.path("serviceGaps.farOnly[?(@.need.code == 'gaps-prefecture')].nearest.availableIn.code")
			.entityList(String.class)
			.containsExactly("T-GAPS-P");
		response.path("serviceGaps.farOnly[?(@.need.code == 'gaps-prefecture')].nearest.distanceKm")
			.entityList(Double.class)
			.satisfies(km -> assertThat(km).singleElement().satisfies(d -> {
				assertThat(d).isCloseTo(44.1, within(0.5));
				assertThat(d * 10).isEqualTo(Math.rint(d * 10));
			}));
		// a broader need is not covered by a service for a narrower one, but the partial cover is shown
		response.path("serviceGaps.uncovered[?(@.need.code == 'gaps-broad2')].coveredNarrower[*].code")
			.entityList(String.class)
			.containsExactly("gaps-narrow2");
		GraphQlTester.Response near = patientAnonymous().documentName("gaps-service-gaps")
			.variable("area", "T-GAPS-A")
			.variable("farKm", 50.0)
			.execute();
		assertThat(testGaps(near, "farOnly")).containsExactly("gaps-prefecture=PREFECTURE_ONLY");

		// the district lies in A: A's services and its own are available there
		GraphQlTester.Response district = patientAnonymous().documentName("gaps-service-gaps")
			.variable("area", "T-GAPS-A-D")
			.variable("farKm", 5.0)
			.execute();
		assertThat(testGaps(district, "uncovered")).containsExactly("gaps-archived=NO_SERVICE", "gaps-broad2=NO_SERVICE",
				"gaps-far=NO_SERVICE", "gaps-near=NO_SERVICE", "gaps-none=NO_SERVICE");

		// B, 10 km from A, is not served by A's services nor by those of A's district
		GraphQlTester.Response b = patientAnonymous().documentName("gaps-service-gaps").variable("area", "T-GAPS-B").execute();
		assertThat(testGaps(b, "uncovered")).contains("gaps-local=NO_SERVICE", "gaps-narrow=NO_SERVICE")
			.doesNotContain("gaps-near=NO_SERVICE", "gaps-broad2=NO_SERVICE");
	}

	@Test
	void aServiceCountsOnlyWithALiveProvider() {
		buildSeaPrefecture();
		write("""
				UNWIND ['gaps-p-shared', 'gaps-p-orphan', 'gaps-p-closed', 'gaps-p-parent', 'gaps-p-child', 'gaps-p-child2',
				        'gaps-p-planned'] AS code
				CREATE (:Need {id: randomUUID(), code: code, labelJa: code, labelEn: code, createdAt: datetime()})""");
		write("""
				MATCH (child:Need {code: 'gaps-p-child'}), (child2:Need {code: 'gaps-p-child2'}), (parent:Need {code: 'gaps-p-parent'})
				CREATE (child)-[:BROADER]->(parent), (child2)-[:BROADER]->(parent)""");
		write("""
				MATCH (live:Organization {name: 'テスト提供者'}), (gone:Organization {name: 'テスト解散'})
				UNWIND [['gaps-p-shared', 'T-GAPS-A', [live, gone]], ['gaps-p-orphan', 'T-GAPS-A', []],
				        ['gaps-p-planned', 'T-GAPS-A', [live]],
				        ['gaps-p-closed', 'T-GAPS-A', [gone]], ['gaps-p-closed', 'T-GAPS-B', [live]],
				        ['gaps-p-child', 'T-GAPS-A', [live]], ['gaps-p-child2', 'T-GAPS-A', [gone]]] AS row
				MATCH (n:Need {code: row[0]}), (a:Area {code: row[1]})
				CREATE (s:Service {id: randomUUID(), name: 'テスト ' + row[0] + ' ' + row[1], archived: false, generated: true,
				        createdAt: datetime()})-[:ADDRESSES]->(n)
				CREATE (s)-[:AVAILABLE_IN]->(a)
				FOREACH (provider IN row[2] | CREATE (provider)-[:PROVIDES]->(s))""");
		write("MATCH (s:Service)-[:ADDRESSES]->(:Need {code: 'gaps-p-planned'}) SET s.status = 'PLANNED'");

		GraphQlTester.Response response = patientAnonymous().documentName("gaps-service-gaps")
			.variable("area", "T-GAPS-A")
			.execute();
		response.errors().verify();
		// one live provider is enough (gaps-p-shared is covered); none, or only a closed one, is not; a planned
		// service is no service yet; B's live service does not serve A
		assertThat(testGaps(response, "uncovered")).filteredOn(gap -> gap.startsWith("gaps-p-"))
			.containsExactly("gaps-p-child2=NO_SERVICE", "gaps-p-closed=NO_SERVICE", "gaps-p-orphan=NO_SERVICE",
					"gaps-p-parent=NO_SERVICE", "gaps-p-planned=NO_SERVICE");
		// a narrower need whose only service in the area has a closed provider does not partly cover its broader one
		response.path("serviceGaps.uncovered[?(@.need.code == 'gaps-p-parent')].coveredNarrower[*].code")
			.entityList(String.class)
			.containsExactly("gaps-p-child");
	}

	@Test
	void refusesAPrefectureAnUnknownAreaAndANonPositiveDistance() {
		badRequest(Map.of("area", "280003"), "area: 都道府県ではなく、市区町村・行政区・地区を指定してください");
		badRequest(Map.of("area", "no-such-area"), "area: コード no-such-area の地域はありません");
		badRequest(Map.of("area", "282189", "farKm", 0.0), "farKm: must be more than 0, was 0.0");
	}

	private void badRequest(Map<String, Object> variables, String message) {
		GraphQlTester.Request<?> request = patientAnonymous().documentName("gaps-service-gaps");
		variables.forEach(request::variable);
		request.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo(message);
			}));
	}

	/** The test's own needs among the gaps of the list, as need=kind in the order given. */
	private static List<String> testGaps(GraphQlTester.Response response, String list) {
		List<Map> gaps = response.path("serviceGaps." + list).entityList(Map.class).get();
		return gaps.stream()
			.map(gap -> ((Map<?, ?>) gap.get("need")).get("code") + "=" + gap.get("kind"))
			.filter(gap -> gap.startsWith("gaps-"))
			.toList();
	}

	/**
	 * Prefecture P with municipalities A, B (10 km north of A) and C (50 km north), and district D in A without
	 * coordinates. Services: gaps-local in D; gaps-broad in A (covering its narrower gaps-narrow); gaps-narrow2 in A
	 * (not covering its broader gaps-broad2, which B serves); gaps-prefecture in P; gaps-near in B; gaps-far in C;
	 * gaps-archived in A, but archived or by an archived provider; gaps-none nowhere.
	 */
	private void buildSeaPrefecture() {
		write("""
				CREATE (p:Area:Prefecture {id: randomUUID(), code: 'T-GAPS-P', name: 'テスト県', latitude: 30.3, longitude: 150.3,
				        archived: false, createdAt: datetime()})
				CREATE (a:Area:Municipality {id: randomUUID(), code: 'T-GAPS-A', name: 'テストA市', latitude: 30.0, longitude: 150.0,
				        archived: false, createdAt: datetime()})-[:PART_OF]->(p)
				CREATE (b:Area:Municipality {id: randomUUID(), code: 'T-GAPS-B', name: 'テストB町', latitude: 30.0899, longitude: 150.0,
				        archived: false, createdAt: datetime()})-[:PART_OF]->(p)
				CREATE (c:Area:Municipality {id: randomUUID(), code: 'T-GAPS-C', name: 'テストC村', latitude: 30.45, longitude: 150.0,
				        archived: false, createdAt: datetime()})-[:PART_OF]->(p)
				CREATE (d:Area:District {id: randomUUID(), code: 'T-GAPS-A-D', name: 'テスト地区', archived: false,
				        createdAt: datetime()})-[:PART_OF]->(a)
				CREATE (provider:Organization {id: randomUUID(), name: 'テスト提供者', kind: 'NPO', archived: false, createdAt: datetime()})
				CREATE (gone:Organization {id: randomUUID(), name: 'テスト解散', kind: 'NPO', archived: true, createdAt: datetime()})
				WITH *
				UNWIND ['gaps-local', 'gaps-broad', 'gaps-narrow', 'gaps-broad2', 'gaps-narrow2', 'gaps-prefecture', 'gaps-near',
				        'gaps-far', 'gaps-archived', 'gaps-none'] AS code
				CREATE (:Need {id: randomUUID(), code: code, labelJa: code, labelEn: code, createdAt: datetime()})""");
		write("""
				MATCH (narrow:Need {code: 'gaps-narrow'}), (broad:Need {code: 'gaps-broad'}),
				      (narrow2:Need {code: 'gaps-narrow2'}), (broad2:Need {code: 'gaps-broad2'})
				CREATE (narrow)-[:BROADER]->(broad), (narrow2)-[:BROADER]->(broad2)""");
		write("""
				UNWIND [['gaps-local', 'T-GAPS-A-D', 'テスト提供者', false], ['gaps-broad', 'T-GAPS-A', 'テスト提供者', false],
				        ['gaps-narrow2', 'T-GAPS-A', 'テスト提供者', false], ['gaps-broad2', 'T-GAPS-B', 'テスト提供者', false],
				        ['gaps-prefecture', 'T-GAPS-P', 'テスト提供者', false], ['gaps-near', 'T-GAPS-B', 'テスト提供者', false],
				        ['gaps-far', 'T-GAPS-C', 'テスト提供者', false], ['gaps-archived', 'T-GAPS-A', 'テスト提供者', true],
				        ['gaps-archived', 'T-GAPS-A', 'テスト解散', false]] AS row
				MATCH (n:Need {code: row[0]}), (a:Area {code: row[1]}), (o:Organization {name: row[2]})
				CREATE (o)-[:PROVIDES]->(s:Service {id: randomUUID(), name: 'テスト ' + row[0], archived: row[3],
				        generated: true, createdAt: datetime()})-[:ADDRESSES]->(n)
				CREATE (s)-[:AVAILABLE_IN]->(a)""");
	}
}
