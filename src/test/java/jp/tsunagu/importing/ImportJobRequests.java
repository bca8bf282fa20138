package jp.tsunagu.importing;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The REST calls the import tests make: an upload for a dry run, and on its job the report, the confirmation, waiting
 * until it has finished.
 */
record ImportJobRequests(WebTestClient web) {

	/**
	 * An upload of a file of the kind, in the encoding given (null to have it detected), by the token's caller (null
	 * for one not signed in), not yet sent.
	 */
	WebTestClient.RequestHeadersSpec<?> uploadRequest(String token, byte[] content, String fileName, String kind,
			String encoding) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		body.part("kind", kind);
		if (encoding != null) {
			body.part("encoding", encoding);
		}
		WebTestClient.RequestBodySpec request = web.post().uri("/imports");
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return request.contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()));
	}

	WebTestClient.ResponseSpec upload(String token, byte[] content, String fileName, String kind, String encoding) {
		return uploadRequest(token, content, fileName, kind, encoding).exchange();
	}

	/** The dry run's report of an upload the hub accepts. */
	Map<String, Object> report(String token, byte[] content, String fileName, String kind, String encoding) {
		return upload(token, content, fileName, kind, encoding).expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

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
