package jp.tsunagu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static jp.tsunagu.importing.ImportJobRequests.list;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * HSDS 3.0 uploads beside the file imports, with the specification's own examples read from the shared standards
 * folder: the data package as a zip and the JSON, dry run (which writes nothing), confirm, and a coordinator's scope.
 */
class HsdsUploadIT extends HubIntegrationTest {

	private static final Path EXAMPLES = Path.of("..", "shared", "standards", "hsds", "examples");

	private static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";

	private static final String ORGANIZATION = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";

	private static final String ONO = "小野市社会福祉協議会";

	@Autowired
	private WebTestClient web;

	@BeforeEach
	void theSpecificationIsBesideTheCheckout() {
		Assumptions.assumeTrue(Files.isDirectory(EXAMPLES), "HSDS 3.0 not present in ../shared");
		// a dry run imports the whole document (then rolls it back): give a busy machine time
		web = web.mutate().responseTimeout(java.time.Duration.ofMinutes(2)).build();
	}

	@Test
	void aCoordinatorUploadsTheDataPackageZipWithServiceAreasInTheirArea() throws IOException {
		String token = coordinator();
		// the example's service area, given as 小野市 in the Japan profile: within the council's area
		byte[] zip = examplePackage("extent,geojson", "282189,jp_local_government_code");
		Map<String, Object> report = report(token, zip, "hsds-example.zip");
		assertThat(report.get("status")).isEqualTo("DRY_RUN");
		assertThat(report.get("kind")).isEqualTo("HSDS");
		assertThat(report.get("format")).isEqualTo("HSDS data package (zip)");
		assertThat(list(report, "errors")).isEmpty();
		assertThat(report.get("rows")).isEqualTo(2);
		assertThat(report.get("toWrite")).isEqualTo(2);
		assertThat(count("MATCH (n) WHERE n.id IN [$service, $organization] RETURN count(n)", "service", SERVICE,
				"organization", ORGANIZATION)).isEqualTo(0);

		confirm(token, (String) report.get("id")).expectStatus().isOk();
		Map<String, Object> done = awaitFinished(token, (String) report.get("id"));
		assertThat(done.get("status")).isEqualTo("DONE");
		assertThat(done.get("created")).isEqualTo(2);
		assertThat(done.get("done")).isEqualTo(2);
		assertThat(count("""
				MATCH (:Organization {id: $organization, name: 'Example Organization Inc.'})-[:PROVIDES]->
				      (s:Service {id: $service, name: 'Community Counselling'})-[:AVAILABLE_IN]->(:Area {code: '282189'})
				RETURN count(s)""", "service", SERVICE, "organization", ORGANIZATION)).isEqualTo(1);
		assertThat(count("""
				MATCH (e:AuditEvent {operation: 'importFile'}) WHERE e.at >= $started AND 'HSDS' IN e.fields
				RETURN count(e)""", "started", started())).isEqualTo(1);

		Map<String, Object> again = report(token, zip, "hsds-example.zip");
		assertThat(again.get("rows")).isEqualTo(2);
		assertThat(list(again, "errors")).isEmpty();
		assertThat(count("MATCH (s:Service {id: $service}) RETURN count(s)", "service", SERVICE)).isEqualTo(1);
	}

	@Test
	void theSpecificationsJsonAsItIsLiesOutsideACoordinatorsAreaAndOnlyAnAdministratorWritesIt() throws IOException {
		byte[] json = Files.readAllBytes(EXAMPLES.resolve("service_full.json"));
		String token = coordinator();
		Map<String, Object> report = report(token, json, "service_full.json");
		assertThat(report.get("format")).isEqualTo("HSDS JSON");
		assertThat(list(report, "errors")).extracting(error -> error.get("column")).contains("service " + SERVICE);
		assertThat(list(report, "errors")).extracting(error -> (String) error.get("reasonEn"))
			.anyMatch(reason -> reason.contains("outside your council's area"));
		assertThat(report.get("toWrite")).isEqualTo(1);
		confirm(token, (String) report.get("id")).expectStatus().isBadRequest();
		assertThat(count("MATCH (s:Service {id: $service}) RETURN count(s)", "service", SERVICE)).isEqualTo(0);

		String administrator = token(caller(Role.ADMINISTRATOR, null, null));
		Map<String, Object> anywhere = report(administrator, json, "service_full.json");
		assertThat(list(anywhere, "errors")).isEmpty();
		confirm(administrator, (String) anywhere.get("id")).expectStatus().isOk();
		assertThat(awaitFinished(administrator, (String) anywhere.get("id")).get("status")).isEqualTo("DONE");
		assertThat(count("MATCH (:Organization {id: $organization})-[:PROVIDES]->(s:Service {id: $service}) RETURN count(s)",
				"service", SERVICE, "organization", ORGANIZATION)).isEqualTo(1);
	}

	@Test
	void otherRolesMayNotUploadHsds() throws IOException {
		byte[] json = Files.readAllBytes(EXAMPLES.resolve("organization_full.json"));
		upload(token(caller(Role.MEMBER_STAFF, ONO, null)), json, "organization_full.json").expectStatus().isForbidden();
		upload(token(caller(Role.COORDINATOR, ONO, null)), "{".getBytes(StandardCharsets.UTF_8), "broken.json")
			.expectStatus().isBadRequest();
	}

	/** The example data package as a zip, its service_areas.csv with {@code from} replaced by {@code to}. */
	private static byte[] examplePackage(String from, String to) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes); var files = Files.list(EXAMPLES.resolve("csv"))) {
			for (Path file : files.sorted().toList()) {
				String content = Files.readString(file, StandardCharsets.UTF_8);
				if (file.getFileName().toString().equals("service_areas.csv")) {
					assertThat(content).contains(from);
					content = content.replace(from, to);
				}
				zip.putNextEntry(new ZipEntry("hsds/" + file.getFileName()));
				zip.write(content.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private String coordinator() {
		return token(caller(Role.COORDINATOR, ONO, null));
	}

	private Map<String, Object> report(String token, byte[] content, String fileName) {
		return new ImportJobRequests(web).report(token, content, fileName, "hsds", null);
	}

	private WebTestClient.ResponseSpec upload(String token, byte[] content, String fileName) {
		return new ImportJobRequests(web).upload(token, content, fileName, "hsds", null);
	}

	private WebTestClient.ResponseSpec confirm(String token, String id) {
		return new ImportJobRequests(web).confirm(token, id, List.of());
	}

	private Map<String, Object> awaitFinished(String token, String id) {
		return new ImportJobRequests(web).awaitFinished(token, id);
	}
}
