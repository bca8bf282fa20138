package jp.tsunagu.importing;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The REST calls the import tests make on a job: its report, its confirmation, waiting until it has finished. */
record ImportJobRequests(WebTestClient web) {

	WebTestClient.ResponseSpec confirm(String token, String id, List<Map<String, Object>> decisions) {
		return web.post()
			.uri("/imports/{id}/confirm", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("decisions", decisions))
			.exchange();
	}

	Map<String, Object> job(String token, String id) {
		return web.get()
			.uri("/imports/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** The job's report once it is no longer running, whatever its status. */
	Map<String, Object> awaitFinished(String token, String id) {
		for (int i = 0; i < 600; i++) {
			Map<String, Object> report = job(token, id);
			if (!"RUNNING".equals(report.get("status"))) {
				return report;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("import " + id + " did not finish in 60 s");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}
}
