package jp.tsunagu.api;

import jp.tsunagu.support.SecondHub;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jp.tsunagu.TsunaguApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping a hub: its first step refuses new requests cleanly (503, a problem body, Connection: close), and the whole
 * stop, with its embedded database, ends well within the grace period.
 */
@ExtendWith(OutputCaptureExtension.class)
class GracefulShutdownIT {

	@Test
	void aStoppingHubRefusesNewRequestsCleanlyAndClosesItsDatabase(CapturedOutput output) {
		ConfigurableApplicationContext hub = new SpringApplicationBuilder(TsunaguApplication.class)
			.web(WebApplicationType.REACTIVE)
			.run(SecondHub.arguments("--tsunagu.embedded.data-directory=target/neo4j-test/shutdown-" + UUID.randomUUID(),
					"--tsunagu.embedded.bolt-port=0", "--tsunagu.demo.load-when-empty=false", "--server.port=0",
					"--tsunagu.security.secret-file=target/neo4j-test/shutdown-secret"));
		WebTestClient web = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + hub.getEnvironment().getProperty("local.server.port"))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		assertThat(typename(web).getStatus().value()).isEqualTo(200);

		// the first thing the hub's stop does, before the web server waits for the requests in flight
		hub.getBean(ShutdownGate.class).stop();
		EntityExchangeResult<String> refused = typename(web);
		ProblemResponsesIT.problem(refused, HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(refused.getResponseBody()).contains("停止中です").doesNotContain("shutting down");
		assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.CONNECTION)).isEqualTo("close");
		assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");

		long stopping = System.nanoTime();
		hub.close();
		long stopMillis = (System.nanoTime() - stopping) / 1_000_000;
		assertThat(output.getAll()).contains("Embedded Neo4j stopped cleanly in");
		assertThat(stopMillis).isLessThan(20_000);
		System.out.printf("shutdown figures: the hub and its embedded database stopped in %d ms%n", stopMillis);
	}

	private static EntityExchangeResult<String> typename(WebTestClient web) {
		return web.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}
}
