package jp.tsunagu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Import jobs kept in the graph: a job and its report outlive the hub's memory (as after a restart), pending dry runs
 * expire and lose their rows, and importJobs pages through the caller's organisation's jobs only.
 */
class ImportJobsIT extends HubIntegrationTest {

	private static final String ONO = "小野市社会福祉協議会";

	private static final String FILE = "法人名,種別,市区町村コード\n見本ジョブ会,NPO法人,282189\n未記入,,282189\n";

	@Autowired
	private WebTestClient web;

	@Autowired
	private ImportJobs jobs;

	@Test
	void aJobAndItsReportOutliveTheHubsMemoryButAPendingDryRunDoesNot() {
		Caller coordinator = caller(Role.COORDINATOR, ONO, null);
		String token = token(coordinator);
		Map<String, Object> written = upload(token, FILE);
		confirm(token, (String) written.get("id")).expectStatus().isOk();
		awaitFinished(token, (String) written.get("id"));
		Map<String, Object> pending = upload(token, FILE.replace("見本ジョブ会", "見本ジョブ二会"));
		assertThat(count("MATCH (j:ImportJob) WHERE j.id IN [$a, $b] RETURN count(j)", "a", written.get("id"), "b",
				pending.get("id"))).isEqualTo(2);

		jobs.afterStart();

		Map<String, Object> kept = as(coordinator).document("""
				query($id: ID!) { importJob(id: $id) { status kind rows accepted created done fileName createdBy
				  errors { row column reasonJa reasonEn } } }""")
			.variable("id", written.get("id"))
			.execute()
			.path("importJob")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(kept).containsEntry("status", "DONE").containsEntry("kind", "ORGANIZATIONS").containsEntry("rows", 2)
			.containsEntry("accepted", 1).containsEntry("created", 1).containsEntry("done", 1);
		assertThat((List<?>) kept.get("errors")).singleElement().satisfies(error -> {
			assertThat(((Map<?, ?>) error).get("row")).isEqualTo(3);
			assertThat(((Map<?, ?>) error).get("column")).isEqualTo("種別 (kind)");
		});
		// the pending dry run's rows were in the memory the restart lost: it expired and cannot be confirmed
		assertThat(job(token, (String) pending.get("id")).get("status")).isEqualTo("EXPIRED");
		confirm(token, (String) pending.get("id")).expectStatus().isBadRequest();
		assertThat(count("MATCH (o:Organization {name: '見本ジョブ二会'}) RETURN count(o)")).isEqualTo(0);
	}

	@Test
	void aDryRunNotConfirmedWithinADayExpires() {
		String token = token(caller(Role.COORDINATOR, ONO, null));
		Map<String, Object> pending = upload(token, FILE);
		jobs.expire(OffsetDateTime.now().plusHours(ImportJob.PENDING_HOURS).plusMinutes(1));
		assertThat(job(token, (String) pending.get("id")).get("status")).isEqualTo("EXPIRED");
		assertThat(single("MATCH (j:ImportJob {id: $id}) RETURN j.status", "id", pending.get("id"))).isEqualTo("EXPIRED");
		confirm(token, (String) pending.get("id")).expectStatus().isBadRequest();
		assertThat(count("MATCH (o:Organization {name: '見本ジョブ会'}) RETURN count(o)")).isEqualTo(0);
	}

	@Test
	void importJobsPagesThroughTheCallersOrganisationsJobsOnly() {
		Caller ono = caller(Role.COORDINATOR, ONO, null);
		String onoToken = token(ono);
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(0, (String) upload(onoToken, FILE).get("id"));
		}
		String suita = (String) upload(token(caller(Role.COORDINATOR, "吹田市社会福祉協議会", null)),
				"法人名,種別,市区町村コード\n見本吹田会,NPO法人,272051\n").get("id");
		String query = """
				query($after: String) { importJobs(first: 2, after: $after) {
				  edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }""";
		List<String> seen = new java.util.ArrayList<>();
		String after = null;
		do {
			var page = as(ono).document(query).variable("after", after).execute();
			seen.addAll(page.path("importJobs.edges[*].node.id").entityList(String.class).get());
			after = page.path("importJobs.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("importJobs.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(seen).containsSubsequence(ids).doesNotContain(suita).doesNotHaveDuplicates();
	}

	private Map<String, Object> upload(String token, String csv) {
		return new ImportJobRequests(web).report(token, csv.getBytes(StandardCharsets.UTF_8), "jobs.csv", "organizations",
				null);
	}

	private WebTestClient.ResponseSpec confirm(String token, String id) {
		return new ImportJobRequests(web).confirm(token, id, List.of());
	}

	private Map<String, Object> awaitFinished(String token, String id) {
		Map<String, Object> report = new ImportJobRequests(web).awaitFinished(token, id);
		assertThat(report.get("status")).isEqualTo("DONE");
		return report;
	}

	private Map<String, Object> job(String token, String id) {
		return new ImportJobRequests(web).job(token, id);
	}
}
