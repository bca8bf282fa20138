package jp.tsunagu.gaps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The 重層 coverage matrix of a municipality: the seed cases of the demo, and a made-up town. */
class CoverageMatrixIT extends GapsTestSupport {

	@Test
	void osakaSayamaRunsConsultationThroughAllFourSubAreasOneOfThemItselfAndPlansWithMultiAgencyWork() {
		GraphQlTester.Response response = matrix("272311");
		response.errors().verify();
		response.path("supportFunctionCoverage.municipality.name").entity(String.class).isEqualTo("大阪狭山市");
		assertThat(statuses(response)).containsExactly("1=COVERED", "2=COVERED", "3=PARTIAL", "4=UNKNOWN", "5=COVERED",
				"6=COVERED");
		response.path("supportFunctionCoverage.functions[0].subAreas[*].status").entityList(String.class)
			.containsExactly("COVERED", "COVERED", "COVERED", "COVERED");
		// 子育て支援センター: 行政で運営 (直営), the others commissioned to the 社協
		response.path("supportFunctionCoverage.functions[0].subAreas[*].mode").entityList(String.class)
			.containsExactly("COMMISSIONED", "COMMISSIONED", "DIRECT", "COMMISSIONED");
		response.path("supportFunctionCoverage.functions[0].subAreas[2].commissions[*].organization.name")
			.entityList(String.class)
			.containsExactly("大阪狭山市子育て支援センター");
		response.path("supportFunctionCoverage.functions[2].subAreas[*].status").entityList(String.class)
			.containsExactly("UNKNOWN", "COVERED", "UNKNOWN", "UNKNOWN");
		response.path("supportFunctionCoverage.functions[2].statusLabelJa").entity(String.class).isEqualTo("一部の事業のみ実施");
		// the model projects before 重層 are listed and cover nothing
		response.path("supportFunctionCoverage.functions[4].commissions[*].programme").entityList(String.class)
			.containsExactly("MODEL_MULTI_AGENCY", "JUSO");
		response.path("supportFunctionCoverage.functions[5].runWith.code").entity(String.class).isEqualTo("5");
		// cells: 1.1–1.4, 2, 3.2, 5, 6 run; 3.1, 3.3, 3.4, 4 unknown; no gap is known
		response.path("supportFunctionCoverage.coveredCount").entity(Integer.class).isEqualTo(8);
		response.path("supportFunctionCoverage.gapCount").entity(Integer.class).isEqualTo(0);
		response.path("supportFunctionCoverage.unknownCount").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void kogaRunsTheExistingDailyLifeSupportProgrammeAndItsModelProjectCoversNothing() {
		GraphQlTester.Response response = matrix("082040");
		assertThat(statuses(response)).containsExactly("1=UNKNOWN", "2=UNKNOWN", "3=PARTIAL", "4=UNKNOWN", "5=UNKNOWN",
				"6=UNKNOWN");
		response.path("supportFunctionCoverage.functions[2].commissions[*].programme").entityList(String.class)
			.containsExactly("MODEL_COMMUNITY_STRENGTH");
		response.path("supportFunctionCoverage.functions[2].subAreas[*].coveredByParent").entityList(Boolean.class)
			.containsExactly(false, false, false, false);
		response.path("supportFunctionCoverage.functions[2].subAreas[1].commissions[*].organization.name")
			.entityList(String.class)
			.containsExactly("古河市社会福祉協議会");
		response.path("supportFunctionCoverage.coveredCount").entity(Integer.class).isEqualTo(1);
		response.path("supportFunctionCoverage.gapCount").entity(Integer.class).isEqualTo(0);
		response.path("supportFunctionCoverage.unknownCount").entity(Integer.class).isEqualTo(11);
	}

	@Test
	void archivedCommissionsAndOrganisationsLeaveNothingKnownAndOnlyARecordedAbsenceIsAGap() {
		write("""
				MATCH (p:Prefecture {code: '280003'})
				CREATE (m:Area:Municipality {id: randomUUID(), code: 'T-COV', name: 'テスト委託町', archived: false,
				        createdAt: datetime()})-[:PART_OF]->(p)
				CREATE (live:Organization {id: randomUUID(), name: 'テスト受託法人', kind: 'NPO', archived: false, createdAt: datetime()})
				CREATE (gone:Organization {id: randomUUID(), name: 'テスト解散法人', kind: 'NPO', archived: true, createdAt: datetime()})
				WITH m, live, gone
				UNWIND [['1.1', live, false], ['1.2', live, false], ['2', gone, false], ['4', live, true], ['5', live, false]] AS row
				MATCH (f:SupportFunction {code: row[0]})
				WITH m, f, row[1] AS o, row[2] AS archived
				CREATE (c:Commission {id: randomUUID(), since: date('2024-04-01'), archived: archived, createdAt: datetime()})
				CREATE (c)-[:COMMISSIONED_ORG]->(o), (c)-[:FOR_FUNCTION]->(f), (c)-[:IN_MUNICIPALITY]->(m)""");

		GraphQlTester.Response response = matrix("T-COV");
		assertThat(statuses(response)).containsExactly("1=PARTIAL", "2=UNKNOWN", "3=UNKNOWN", "4=UNKNOWN", "5=COVERED",
				"6=COVERED");
		response.path("supportFunctionCoverage.functions[1].commissions").entityList(Object.class).hasSize(0);
		response.path("supportFunctionCoverage.functions[3].commissions").entityList(Object.class).hasSize(0);
		// a commission stored without programme or mode is a 重層 commission (委託)
		response.path("supportFunctionCoverage.functions[4].mode").entity(String.class).isEqualTo("COMMISSIONED");
		response.path("supportFunctionCoverage.functions[4].commissions[0].programme").entity(String.class).isEqualTo("JUSO");
		response.path("supportFunctionCoverage.coveredCount").entity(Integer.class).isEqualTo(4);
		response.path("supportFunctionCoverage.gapCount").entity(Integer.class).isEqualTo(0);
		response.path("supportFunctionCoverage.unknownCount").entity(Integer.class).isEqualTo(8);

		write("""
				MATCH (m:Municipality {code: 'T-COV'}), (f:SupportFunction) WHERE f.code IN ['4', '3.1']
				CREATE (m)-[:NOT_RUNNING]->(f)""");
		GraphQlTester.Response recorded = matrix("T-COV");
		assertThat(statuses(recorded)).containsExactly("1=PARTIAL", "2=UNKNOWN", "3=UNKNOWN", "4=GAP", "5=COVERED",
				"6=COVERED");
		recorded.path("supportFunctionCoverage.functions[3].mode").entity(String.class).isEqualTo("NOT_IMPLEMENTED");
		recorded.path("supportFunctionCoverage.functions[2].subAreas[0].status").entity(String.class).isEqualTo("GAP");
		recorded.path("supportFunctionCoverage.gapCount").entity(Integer.class).isEqualTo(2);
		recorded.path("supportFunctionCoverage.unknownCount").entity(Integer.class).isEqualTo(6);
	}

	@Test
	void refusesWhatIsNotAMunicipality() {
		badRequest("280003", "municipality: must be a municipality (市区町村), which commissions 重層 functions, not a 都道府県");
		badRequest("282189-kisumi", "municipality: must be a municipality (市区町村), which commissions 重層 functions, not a 地区");
		badRequest("000000", "municipality: コード 000000 の地域はありません");
	}

	private GraphQlTester.Response matrix(String municipality) {
		return patientAnonymous().documentName("gaps-coverage").variable("municipality", municipality).execute();
	}

	private static List<String> statuses(GraphQlTester.Response response) {
		List<Map> functions = response.path("supportFunctionCoverage.functions").entityList(Map.class).get();
		return functions.stream()
			.map(function -> ((Map<?, ?>) function.get("function")).get("code") + "=" + function.get("status"))
			.toList();
	}

	private void badRequest(String municipality, String message) {
		matrix(municipality).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).isEqualTo(message);
		}));
	}
}
