package jp.tsunagu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static jp.tsunagu.importing.ImportJobRequests.list;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Household files, imported by their record holder alone: refusals (audited), the dry run that writes nothing, the
 * confirmed write (audited per household), idempotence on the holder's own code, all or nothing, and no word about
 * households other organisations hold.
 */
class HouseholdImportIT extends HubIntegrationTest {

	private static final String ONO = "小野市社会福祉協議会";

	private static final String SUITA = "吹田市社会福祉協議会";

	@Autowired
	private WebTestClient web;

	@Test
	void onlyStaffOfARecordHolderMayUploadAndEveryRefusalIsAudited() throws IOException {
		for (Caller caller : List.of(caller(Role.ADMINISTRATOR, null, null), caller(Role.ANALYST, ONO, null))) {
			upload(token(caller), sample()).expectStatus().isForbidden();
		}
		assertThat(count("""
				MATCH (e:AuditEvent {operation: 'importHouseholds', action: 'WRITE_REFUSED'})
				WHERE e.at >= $started AND e.householdId IS NULL AND e.arguments STARTS WITH 'refused'
				RETURN count(e)""", "started", started())).isEqualTo(2);
		requests().upload(null, sample(), "households.csv", "households", null).expectStatus().isUnauthorized();
		assertThat(count("MATCH (h:Household) WHERE h.code STARTS WITH 'MIHON-' RETURN count(h)")).isZero();
	}

	@Test
	void theDryRunReportsEachBadRowInJapaneseAndEnglishAndWritesNothing() throws IOException {
		Map<String, Object> report = report(coordinator(ONO), sample());
		assertThat(report.get("status")).isEqualTo("DRY_RUN");
		assertThat(report.get("kind")).isEqualTo("HOUSEHOLDS");
		assertThat((String) report.get("format")).contains("Shift_JIS");
		assertThat(report.get("rows")).isEqualTo(6);
		assertThat(report.get("accepted")).isEqualTo(4);
		assertThat(report.get("toWrite")).isEqualTo(4);
		List<Map<String, Object>> errors = list(report, "errors");
		assertThat(errors).extracting(error -> error.get("row")).containsExactly(6, 7);
		assertThat(errors.get(0).get("column")).isEqualTo("世帯コード (household_code)");
		assertThat((String) errors.get(0).get("reasonJa")).contains("英数字とハイフン");
		assertThat((String) errors.get(0).get("reasonEn")).contains("no names or addresses");
		assertThat(errors.get(1).get("column")).isEqualTo("世帯の特性 (flags)");
		assertThat((String) errors.get(1).get("reasonEn")).isEqualTo("SINGLE_ELDERLY cannot describe a household of 3");
		assertThat(list(report, "duplicates")).isEmpty();
		assertThat(count("MATCH (h:Household) WHERE h.code STARTS WITH 'MIHON-' RETURN count(h)")).isZero();

		String areas = "世帯コード,居住地域\nMIHON-A1,兵庫県\nMIHON-A2,存在しない町\nMIHON-A3,999999\n";
		List<Map<String, Object>> areaErrors = list(report(coordinator(ONO), areas.getBytes(StandardCharsets.UTF_8)), "errors");
		assertThat(areaErrors).extracting(error -> error.get("reasonEn"))
			.containsExactly("兵庫県 is a prefecture; give the district, municipality or ward",
					"no area is named \"存在しない町\"", "no area with code 999999");
	}

	@Test
	void aConfirmedFileIsWrittenAndAuditedAndTheSameFileAgainChangesNothing() throws IOException {
		String token = coordinator(ONO);
		String ono = idOfNamed("Organization", ONO);
		Map<String, Object> first = report(token, sample());
		confirm(token, (String) first.get("id")).expectStatus().isOk();
		Map<String, Object> done = awaitFinished(token, (String) first.get("id"));
		assertThat(done.get("status")).isEqualTo("DONE");
		assertThat(done.get("created")).isEqualTo(4);
		assertThat(done.get("done")).isEqualTo(4);
		assertThat(count("""
				MATCH (h:Household)-[:RECORD_HELD_BY]->(:Organization {id: $ono})
				WHERE h.code STARTS WITH 'MIHON-' AND NOT h.archived
				RETURN count(h)""", "ono", ono)).isEqualTo(4);
		assertThat(single("""
				MATCH (h:Household {code: 'MIHON-0001'})-[:LIVES_IN]->(a:Area)
				RETURN [a.code, h.memberCount, h.flags, h.protection, [(h)-[:ISOLATED_FROM]->(k) | k.code]]"""))
			.isEqualTo(List.of("282189", 1L, List.of("SINGLE_ELDERLY"), "NONE", List.of("neighborhood")));
		assertThat(single("MATCH (h:Household {code: 'MIHON-0002'})-[:LIVES_IN]->(a) RETURN [a.code, h.flags]"))
			.isEqualTo(List.of("282189-kisumi", List.of("SINGLE_PARENT", "FOREIGN_NATIONALITY")));
		assertThat(single("MATCH (h:Household {code: 'MIHON-0003'}) RETURN h.protection")).isEqualTo("DV");
		assertThat(count("""
				MATCH (e:AuditEvent {operation: 'importHouseholds', action: 'WRITE'})
				MATCH (h:Household {id: e.householdId}) WHERE e.at >= $started AND h.code STARTS WITH 'MIHON-'
				  AND e.grounds = ['RECORD_HOLDER'] AND e.arguments = 'households.csv'
				RETURN count(DISTINCT h)""", "started", started())).isEqualTo(4);
		assertThat(count("MATCH (e:AuditEvent {operation: 'importFile'}) WHERE e.at >= $started RETURN count(e)",
				"started", started())).isEqualTo(1);
		String before = String.valueOf(single("""
				MATCH (h:Household) WHERE h.code STARTS WITH 'MIHON-' WITH h ORDER BY h.code
				RETURN collect([h.id, toString(h.updatedAt), COUNT { (h)--() }])"""));

		Map<String, Object> again = report(token, sample());
		assertThat(again.get("unchanged")).isEqualTo(4);
		assertThat(again.get("toWrite")).isEqualTo(0);
		assertThat(list(again, "duplicates")).isEmpty();
		// the dry run looked at the four households it found by code: each look is audited
		assertThat(count("""
				MATCH (e:AuditEvent {operation: 'importHouseholds', action: 'READ'}) WHERE e.at >= $started
				RETURN count(DISTINCT e.householdId)""", "started", started())).isEqualTo(4);
		confirm(token, (String) again.get("id")).expectStatus().isOk();
		assertThat(awaitFinished(token, (String) again.get("id")).get("updated")).isEqualTo(0);
		assertThat(String.valueOf(single("""
				MATCH (h:Household) WHERE h.code STARTS WITH 'MIHON-' WITH h ORDER BY h.code
				RETURN collect([h.id, toString(h.updatedAt), COUNT { (h)--() }])"""))).isEqualTo(before);

		// a changed row is the same household (its code), offered as MERGE; LINK leaves it as it is
		String changed = "世帯コード,居住地域,世帯人数\nMIHON-0004,282189-kawai,2\n";
		Map<String, Object> change = report(token, changed.getBytes(StandardCharsets.UTF_8));
		assertThat(list(change, "duplicates")).singleElement().satisfies(duplicate -> {
			assertThat(duplicate.get("name")).isEqualTo("MIHON-0004");
			assertThat(duplicate.get("suggested")).isEqualTo("MERGE");
		});
		confirm(token, (String) change.get("id")).expectStatus().isOk();
		assertThat(awaitFinished(token, (String) change.get("id")).get("updated")).isEqualTo(1);
		assertThat(single("MATCH (h:Household {code: 'MIHON-0004'})-[:LIVES_IN]->(a) RETURN [a.code, h.memberCount]"))
			.isEqualTo(List.of("282189-kawai", 2L));
		assertThat(count("MATCH (h:Household {code: 'MIHON-0004'}) RETURN count(h)")).isEqualTo(1);
	}

	@Test
	void anotherRecordHoldersCodesAreNeitherFoundNorReportedNorItsJobsSeen() throws IOException {
		String onoToken = coordinator(ONO);
		Map<String, Object> ono = report(onoToken, sample());
		confirm(onoToken, (String) ono.get("id")).expectStatus().isOk();
		awaitFinished(onoToken, (String) ono.get("id"));

		// the same codes from a member organisation: new households of its own, as if Ono held none
		Caller staff = caller(Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null);
		String staffToken = token(staff);
		Map<String, Object> theirs = report(staffToken, sample());
		Map<String, Object> fresh = report(staffToken,
				new String(sample(), TabularFile.MS932).replace("MIHON-", "OTHER-").getBytes(TabularFile.MS932));
		for (String key : List.of("rows", "accepted", "toWrite", "unchanged", "errors", "duplicates")) {
			assertThat(theirs.get(key)).as(key).isEqualTo(fresh.get(key));
		}
		assertThat(list(theirs, "duplicates")).isEmpty();
		confirm(staffToken, (String) theirs.get("id")).expectStatus().isOk();
		assertThat(awaitFinished(staffToken, (String) theirs.get("id")).get("created")).isEqualTo(4);
		assertThat(count("""
				MATCH (h:Household)-[:RECORD_HELD_BY]->(o:Organization) WHERE h.code = 'MIHON-0001'
				RETURN count(DISTINCT o)""")).isEqualTo(2);
		assertThat(count("""
				MATCH (e:AuditEvent {operation: 'importHouseholds', action: 'READ', actor: $actor})
				WHERE e.at >= $started RETURN count(e)""", "actor", staff.username(), "started", started())).isZero();

		// a household file's job is its record holder's alone
		for (String outsider : List.of(coordinator(SUITA), token(caller(Role.ADMINISTRATOR, null, null)))) {
			web.get().uri("/imports/{id}", ono.get("id")).header(HttpHeaders.AUTHORIZATION, "Bearer " + outsider)
				.exchange().expectStatus().isNotFound();
		}
		web.get().uri("/imports/{id}", ono.get("id")).header(HttpHeaders.AUTHORIZATION, "Bearer " + staffToken)
			.exchange().expectStatus().isNotFound();
	}

	@Test
	void aFileIsWrittenAllOrNothing() {
		write("""
				MATCH (m:Area {code: '282189'})
				CREATE (d:Area:District {id: randomUUID(), code: '282189-mihon', name: '見本町', createdAt: datetime()})
				CREATE (d)-[:PART_OF]->(m)""");
		String token = coordinator(ONO);
		String file = "世帯コード,居住地域\nMIHON-B1,小野市\nMIHON-B2,282189-mihon\n";
		Map<String, Object> report = report(token, file.getBytes(StandardCharsets.UTF_8));
		assertThat(report.get("accepted")).isEqualTo(2);
		write("MATCH (d:Area {code: '282189-mihon'}) DETACH DELETE d");
		confirm(token, (String) report.get("id")).expectStatus().isOk();
		Map<String, Object> failed = awaitFinished(token, (String) report.get("id"));
		assertThat(failed.get("status")).isEqualTo("FAILED");
		assertThat(failed.get("done")).isEqualTo(0);
		assertThat(count("MATCH (h:Household) WHERE h.code STARTS WITH 'MIHON-B' RETURN count(h)")).isZero();
		assertThat(count("""
				MATCH (e:AuditEvent {operation: 'importHouseholds', action: 'WRITE'}) WHERE e.at >= $started
				RETURN count(e)""", "started", started())).isZero();
	}

	@Test
	void theTemplateHasJapaneseHeadersAndExamplesThatPassTheDryRun() {
		String token = coordinator(ONO);
		for (String extension : List.of("csv", "xlsx")) {
			byte[] template = web.get().uri("/imports/templates/households." + extension)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange().expectStatus().isOk()
				.expectBody(byte[].class).returnResult().getResponseBody();
			try {
				assertThat(TabularFile.read("households." + extension, template, null).headers())
					.containsExactly("世帯コード", "居住地域", "世帯人数", "世帯の特性", "保護", "孤立の種類");
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
			Map<String, Object> report = report(token, template, "households." + extension);
			assertThat(list(report, "errors")).isEmpty();
			assertThat(report.get("accepted")).isEqualTo(3);
		}
	}

	private String coordinator(String council) {
		return token(caller(Role.COORDINATOR, council, null));
	}

	private static byte[] sample() throws IOException {
		return Files.readAllBytes(Path.of("src/test/resources/samples", SampleFiles.HOUSEHOLDS));
	}

	private Map<String, Object> report(String token, byte[] content) {
		return report(token, content, "households.csv");
	}

	private Map<String, Object> report(String token, byte[] content, String fileName) {
		return requests().report(token, content, fileName, "households", null);
	}

	private WebTestClient.ResponseSpec upload(String token, byte[] content) {
		return requests().upload(token, content, "households.csv", "households", null);
	}

	private ImportJobRequests requests() {
		return new ImportJobRequests(web);
	}

	private WebTestClient.ResponseSpec confirm(String token, String id) {
		return requests().confirm(token, id, List.of());
	}

	private Map<String, Object> awaitFinished(String token, String id) {
		return requests().awaitFinished(token, id);
	}
}
