package jp.tsunagu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static jp.tsunagu.importing.ImportJobRequests.list;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Uploads, dry runs, decisions and confirmed imports over the REST endpoints, against the embedded database. */
class ImportIT extends HubIntegrationTest {

	private static final String ONO = "小野市社会福祉協議会";

	@Autowired
	private WebTestClient web;

	@Test
	void theShiftJisSampleIsReportedRowByRowAndNothingIsWritten() throws IOException {
		Map<String, Object> report = upload(coordinator(ONO), sample(SampleFiles.CORPORATIONS), "corporations.csv",
				"organizations", null);
		assertThat(report.get("status")).isEqualTo("DRY_RUN");
		assertThat((String) report.get("format")).contains("Shift_JIS");
		assertThat(report.get("rows")).isEqualTo(6);
		assertThat(report.get("accepted")).isEqualTo(4);
		assertThat(report.get("unknownColumns")).isEqualTo(List.of("担当者メモ"));
		List<Map<String, Object>> errors = list(report, "errors");
		assertThat(errors).extracting(error -> error.get("row")).containsExactly(5, 6);
		assertThat(errors.get(0).get("column")).isEqualTo("法人番号 (corporate_number)");
		assertThat((String) errors.get(0).get("reasonJa")).contains("チェックデジット");
		assertThat((String) errors.get(0).get("reasonEn")).contains("check digit");
		assertThat(errors.get(1).get("column")).isEqualTo("法人名 (name)");
		List<Map<String, Object>> duplicates = list(report, "duplicates");
		assertThat(duplicates).hasSize(1);
		assertThat(duplicates.get(0).get("row")).isEqualTo(7);
		assertThat(duplicates.get(0).get("suggested")).isNull();
		assertThat(list(duplicates.get(0), "candidates")).extracting(candidate -> candidate.get("name"))
			.containsExactly("社会福祉法人きすみ野福祉会");
		assertThat(count("MATCH (o:Organization) WHERE o.name CONTAINS '見本' RETURN count(o)")).isZero();
	}

	@Test
	void aConfirmedImportWritesTheFileAndImportingItAgainChangesNothing() throws IOException {
		String token = coordinator(ONO);
		Map<String, Object> first = upload(token, sample(SampleFiles.CORPORATIONS), "corporations.csv", "organizations", null);
		// the look-alike of the demo's corporation needs a decision before anything is written
		confirm(token, (String) first.get("id"), List.of()).expectStatus().isBadRequest();
		assertThat(count("MATCH (o:Organization) WHERE o.name CONTAINS '見本' RETURN count(o)")).isZero();
		confirm(token, (String) first.get("id"), List.of(Map.of("row", 7, "decision", "LINK"))).expectStatus().isOk();
		Map<String, Object> done = awaitDone(token, (String) first.get("id"));
		assertThat(done.get("created")).isEqualTo(3);
		assertThat(done.get("linked")).isEqualTo(1);
		assertThat(done.get("done")).isEqualTo(3);
		assertThat(count("""
				MATCH (c:Organization:SocialWelfareCorporation {corporateNumber: $number})-[:OPERATES]->
				      (f:Organization:Facility {name: '特別養護老人ホームおの見本苑', facilityField: 'ELDERLY'})
				MATCH (f)-[:LOCATED_IN]->(:Area {code: '282189'})
				RETURN count(*)""", "number", SampleFiles.CORPORATION_NUMBER)).isEqualTo(1);
		assertThat(single("MATCH (o:Organization {corporateNumber: $number}) RETURN o.name", "number",
				SampleFiles.COMPANY_NUMBER)).isEqualTo("（株）おの見本ケア");
		assertThat(count("MATCH (e:AuditEvent {operation: 'importFile'}) WHERE e.at >= $started RETURN count(e)",
				"started", started())).isEqualTo(1);
		String before = fingerprint();

		Map<String, Object> second = upload(token, sample(SampleFiles.CORPORATIONS), "corporations.csv", "organizations", null);
		assertThat(second.get("unchanged")).isEqualTo(3);
		assertThat(list(second, "duplicates")).extracting(duplicate -> duplicate.get("row")).containsExactly(7);
		confirm(token, (String) second.get("id"), List.of(Map.of("row", 7, "decision", "LINK"))).expectStatus().isOk();
		Map<String, Object> again = awaitDone(token, (String) second.get("id"));
		assertThat(again.get("created")).isEqualTo(0);
		assertThat(again.get("updated")).isEqualTo(0);
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void theCoordinatorDecidesMergeOrCreateForALookAlike() {
		for (String name : List.of("社会福祉法人テスト見本ヶ丘会", "社会福祉法人テスト見本ヶ浜会")) {
			write("""
					MATCH (m:Area {code: '282189'})
					CREATE (o:Organization:SocialWelfareCorporation {id: randomUUID(), name: $name,
					        createdAt: datetime(), generated: false, archived: false})
					CREATE (o)-[:LOCATED_IN]->(m)
					CREATE (o)-[:HAS_LOCATION {position: 0}]->(:Location {id: randomUUID(), name: $name, createdAt: datetime()})
					       -[:HAS_ADDRESS {position: 0}]->(:Address {id: randomUUID(), address1: '本町1-2-3', city: '小野市',
					        stateProvince: '兵庫県', municipalityCode: '282189', country: 'JP', createdAt: datetime()})""", "name", name);
		}
		String token = coordinator(ONO);
		String file = "法人名,種別,市区町村コード,所在地,電話番号\n(福)テスト見本ケ丘会,社会福祉法人,282189,小野市本町１－２－３,0794-99-0000\n";
		Map<String, Object> merge = upload(token, file.getBytes(StandardCharsets.UTF_8), "merge.csv", "organizations", "UTF-8");
		assertThat((String) merge.get("format")).isEqualTo("CSV UTF-8");
		List<Map<String, Object>> candidates = list(list(merge, "duplicates").get(0), "candidates");
		assertThat(candidates).extracting(candidate -> candidate.get("name")).containsExactly("社会福祉法人テスト見本ヶ丘会");
		assertThat((String) candidates.get(0).get("whyJa")).contains("同じ名称と所在地").doesNotContain("name");
		assertThat((String) candidates.get(0).get("whyEn")).contains("name and address").doesNotContain("名称");
		confirm(token, (String) merge.get("id"), List.of(Map.of("row", 2, "decision", "MERGE"))).expectStatus().isOk();
		awaitDone(token, (String) merge.get("id"));
		assertThat(count("MATCH (o:Organization) WHERE o.name CONTAINS 'テスト見本ヶ丘' RETURN count(o)")).isEqualTo(1);
		assertThat(single("MATCH (:Organization {id: $id})-[:HAS_PHONE]->(p:Phone) RETURN p.number", "id",
				candidates.get(0).get("id")))
			.isEqualTo("0794-99-0000");
		// merged, the organisation carries the row's natural key: the same file matches it and changes nothing
		Map<String, Object> again = upload(token, file.getBytes(StandardCharsets.UTF_8), "again.csv", "organizations", null);
		assertThat(again.get("unchanged")).isEqualTo(1);
		assertThat(list(again, "duplicates")).isEmpty();

		String other = "法人名,種別,市区町村コード,所在地\n社会福祉法人　テスト見本ケ浜会,社会福祉法人,282189,小野市本町1-2-3\n";
		Map<String, Object> create = upload(token, other.getBytes(StandardCharsets.UTF_8), "other.csv", "organizations", null);
		assertThat(list(create, "duplicates")).hasSize(1);
		confirm(token, (String) create.get("id"), List.of(Map.of("row", 2, "decision", "CREATE"))).expectStatus().isOk();
		awaitDone(token, (String) create.get("id"));
		assertThat(count("MATCH (o:Organization) WHERE o.name CONTAINS 'テスト見本' AND o.name CONTAINS '浜会' RETURN count(o)"))
			.isEqualTo(2);
	}

	@Test
	void aCoordinatorImportsOnlyIntoTheirOwnAreaAndOtherRolesNotAtAll() throws IOException {
		Map<String, Object> suita = upload(coordinator("吹田市社会福祉協議会"), sample(SampleFiles.CORPORATIONS),
				"corporations.csv", "organizations", null);
		assertThat(suita.get("accepted")).isEqualTo(0);
		assertThat(list(suita, "errors")).extracting(error -> error.get("reasonEn"))
			.contains("area 282189 is outside your council's area");
		requests().upload(token(caller(Role.MEMBER_STAFF, ONO, null)), sample(SampleFiles.CORPORATIONS), "c.csv",
				"organizations", null).expectStatus().isForbidden();
		requests().upload(null, sample(SampleFiles.CORPORATIONS), "c.csv", "organizations", null)
			.expectStatus().isUnauthorized();
	}

	@Test
	void theXlsxOfVolunteersGoesInWithDistrictsAndCouncil() throws IOException {
		String token = coordinator(ONO);
		Map<String, Object> report = upload(token, sample(SampleFiles.VOLUNTEERS), "minsei.xlsx", "people", null);
		assertThat(report.get("format")).isEqualTo("XLSX");
		assertThat(list(report, "errors")).isEmpty();
		assertThat(report.get("accepted")).isEqualTo(3);
		confirm(token, (String) report.get("id"), List.of()).expectStatus().isOk();
		awaitDone(token, (String) report.get("id"));
		assertThat(count("""
				MATCH (p:Person:CommissionedVolunteer)-[a:ASSIGNED_TO]->(:Area {code: '282189-kisumi'})
				MATCH (p)-[:BELONGS_TO]->(:ResidentGroup {name: '小野市民生委員児童委員協議会'})
				WHERE p.name STARTS WITH '見本' AND a.since = date('2022-12-01')
				RETURN count(p)""")).isEqualTo(2);
		assertThat(single("MATCH (p:Person {name: '見本 花子'}) RETURN p.chiefChildCommissioner")).isEqualTo(true);
		Map<String, Object> again = upload(token, sample(SampleFiles.VOLUNTEERS), "minsei.xlsx", "people", null);
		assertThat(again.get("unchanged")).isEqualTo(3);
		assertThat(again.get("toWrite")).isEqualTo(0);
	}

	@Test
	void theTemplatesCarryJapaneseHeadersAndExamplesThatPassTheDryRun() throws IOException {
		String token = coordinator(ONO);
		byte[] csv = web.get().uri("/imports/templates/organizations.csv").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("法人名,法人名カナ,法人番号,種別,市区町村コード,所在地,電話番号");
		Map<String, Object> report = upload(token, csv, "organizations.csv", "organizations", null);
		assertThat((String) report.get("format")).isEqualTo("CSV UTF-8 (BOM)");
		assertThat(list(report, "errors")).isEmpty();
		assertThat(report.get("accepted")).isEqualTo(3);
		byte[] xlsx = web.get().uri("/imports/templates/people.xlsx").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		TabularFile.Table table = TabularFile.read("people.xlsx", xlsx, null);
		assertThat(table.headers()).containsExactly("氏名", "主任児童委員", "担当地区コード", "民児協", "委嘱日");
		assertThat(table.rows()).isNotEmpty();
	}

	@Test
	void networksWithMembershipsAndServicesGoInByName() {
		String token = coordinator(ONO);
		String networks = "ネットワーク名,対象区域コード,構成団体名,役割,参加年月日\n見本ネット会議,282189,小野市社会福祉協議会,事務局,2024-04-01\n"
				+ "見本ネット会議,282189,社会福祉法人きすみ野福祉会,構成員,2024-04-01\n見本ネット会議,282189,存在しない団体,構成員,\n";
		Map<String, Object> report = upload(token, networks.getBytes(StandardCharsets.UTF_8), "n.csv", "networks", null);
		assertThat(list(report, "errors")).extracting(error -> error.get("row")).containsExactly(4);
		confirm(token, (String) report.get("id"), List.of()).expectStatus().isOk();
		awaitDone(token, (String) report.get("id"));
		try {
			assertThat(count("""
					MATCH (n:Network {name: '見本ネット会議'})-[:COVERS]->(:Area {code: '282189'})
					MATCH (o:Organization)-[m:MEMBER_OF]->(n)
					RETURN count(m)""")).isEqualTo(2);
			// the members and the areas the network covers hear of it, as of a member added by hand
			assertThat(count("""
					MATCH (n:Network {name: '見本ネット会議'})<-[:MEMBER_OF]-(o:Organization)
					MATCH (e:OutboxEvent {kind: 'NETWORK_CHANGED'}) WHERE e.createdAt >= $started
					  AND e.payload CONTAINS n.id AND e.payload CONTAINS '"change":"MEMBERS_IMPORTED"'
					  AND o.id IN e.organizationIds AND e.payload CONTAINS o.id AND '282189' IN e.areaCodes
					RETURN count(DISTINCT o)""", "started", started())).isEqualTo(2);
			String services = "サービス名,提供団体名,対象の課題,対象区域コード\n見本配食,小野市社会福祉協議会,食料、孤立,282189\n";
			Map<String, Object> service = upload(token, services.getBytes(StandardCharsets.UTF_8), "s.csv", "services", null);
			assertThat(list(service, "errors")).isEmpty();
			confirm(token, (String) service.get("id"), List.of()).expectStatus().isOk();
			awaitDone(token, (String) service.get("id"));
			assertThat(count("""
					MATCH (:Organization {name: '小野市社会福祉協議会'})-[:PROVIDES]->(s:Service {name: '見本配食'})-[:ADDRESSES]->(n:Need)
					RETURN count(n)""")).isEqualTo(2);
		}
		finally {
			write("MATCH (:Organization)-[r:PROVIDES]->(s:Service {name: '見本配食'}) DELETE r");
		}
	}

	@Test
	void aRefusalSaysWhyInTheCallersLanguageWithBothLanguagesBeside() throws IOException {
		String token = coordinator(ONO);
		String id = (String) upload(token, sample(SampleFiles.CORPORATIONS), "corporations.csv", "organizations", null)
			.get("id");
		java.util.function.Function<String, Map<String, Object>> undecided = language -> refusal(web.post()
			.uri("/imports/{id}/confirm", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("decisions", List.of())), 400);

		Map<String, Object> japanese = undecided.apply("ja");
		assertThat(japanese.get("detail")).isEqualTo(japanese.get("detailJa"))
			.isEqualTo("decisions: 7行目は統合（MERGE）・リンク（LINK）・新規作成（CREATE）のどれかを選んでください");
		Map<String, Object> english = undecided.apply("en");
		assertThat(english.get("detail")).isEqualTo(english.get("detailEn"))
			.isEqualTo("decisions: row 7 needs a decision: MERGE, LINK or CREATE");
		assertThat(english.get("detailJa")).isEqualTo(japanese.get("detailJa"));

		Map<String, Object> noSuchJob = refusal(web.get()
			.uri("/imports/{id}", "no-such-import")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 404);
		assertThat(noSuchJob.get("detail")).isEqualTo("id: no import no-such-import");
		assertThat(noSuchJob.get("detailJa")).isEqualTo("id: 取り込み no-such-import はありません");

		Map<String, Object> noSuchKind = refusal(requests().uploadRequest(token, new byte[] { 'x' }, "x.csv",
				"volunteers", null), 400);
		assertThat((String) noSuchKind.get("detail")).startsWith("kind が正しくありません（「volunteers」）");

		Map<String, Object> unreadable = refusal(requests().uploadRequest(token, new byte[] { 'x' }, "x.csv",
				"organizations", "EUC-JP").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 400);
		assertThat(unreadable.get("detail")).isEqualTo("Cannot read the file: encoding must be UTF-8 or Shift_JIS, was \"EUC-JP\"");
		assertThat(unreadable.get("detailJa")).isEqualTo("ファイルを読めません: 文字コードは UTF-8 か Shift_JIS を指定してください（「EUC-JP」）");
	}

	private static Map<String, Object> refusal(WebTestClient.RequestHeadersSpec<?> request, int status) {
		return request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private String coordinator(String council) {
		return token(caller(Role.COORDINATOR, council, null));
	}

	/** Every organisation, person, network and service with its updatedAt: equal when nothing changed. */
	private String fingerprint() {
		return String.valueOf(single("""
				MATCH (n) WHERE (n:Organization OR n:Person OR n:Network OR n:Service) AND n.createdAt >= $started
				WITH n ORDER BY n.id
				RETURN collect([n.id, toString(n.updatedAt), COUNT { (n)--() }])""", "started", started()));
	}

	private static byte[] sample(String name) throws IOException {
		return Files.readAllBytes(Path.of("src/test/resources/samples", name));
	}

	private Map<String, Object> upload(String token, byte[] content, String fileName, String kind, String encoding) {
		return requests().report(token, content, fileName, kind, encoding);
	}

	private ImportJobRequests requests() {
		return new ImportJobRequests(web);
	}

	private WebTestClient.ResponseSpec confirm(String token, String id, List<Map<String, Object>> decisions) {
		return requests().confirm(token, id, decisions);
	}

	private Map<String, Object> awaitDone(String token, String id) {
		Map<String, Object> report = requests().awaitFinished(token, id);
		assertThat(report.get("status")).isEqualTo("DONE");
		return report;
	}
}
