package jp.tsunagu.security;

import java.time.Duration;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hub keeps a verified token's caller for a few seconds; a change to the account through the hub counts at the
 * very next request, a change made beside the hub (another hub on the database, the account command) within the
 * cache's time to live.
 */
class CallerCacheIT extends HubIntegrationTest {

	@Autowired
	private WebTestClient web;

	@Test
	void disablingAnAccountRefusesItsKeptTokenAtTheNextRequestAndEnablingItAcceptsItAgainAtOnce() {
		String token = tokenOfNewAccount("test.cached1");
		assertThat(status(token)).isEqualTo(HttpStatus.OK);
		assertThat(status(token)).isEqualTo(HttpStatus.OK);

		setEnabled("test.cached1", false);
		assertThat(status(token)).isEqualTo(HttpStatus.UNAUTHORIZED);

		setEnabled("test.cached1", true);
		assertThat(status(token)).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aChangeMadeBesideTheHubCountsWithinTheTimeToLive() {
		String token = tokenOfNewAccount("test.cached2");
		assertThat(status(token)).isEqualTo(HttpStatus.OK);

		write("MATCH (a:Account {username: 'test.cached2'}) SET a.enabled = false");
		await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(250))
			.until(() -> status(token) == HttpStatus.UNAUTHORIZED);
	}

	private String tokenOfNewAccount(String username) {
		String password = graphQl.documentName("account-create")
			.variable("input", Map.of("username", username, "role", "ANALYST"))
			.execute()
			.path("createAccount.password")
			.entity(String.class)
			.get();
		write("MATCH (a:Account {username: $username}) SET a.createdAt = datetime()", "username", username);
		@SuppressWarnings("unchecked")
		Map<String, Object> body = web.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) body.get("access_token");
	}

	private void setEnabled(String username, boolean enabled) {
		graphQl.documentName("account-set-enabled")
			.variable("input", Map.of("username", username, "enabled", enabled))
			.execute()
			.path("setAccountEnabled.account.enabled")
			.entity(Boolean.class)
			.isEqualTo(enabled);
	}

	private HttpStatus status(String token) {
		return HttpStatus.valueOf(web.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ me { username } }"))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value());
	}
}
