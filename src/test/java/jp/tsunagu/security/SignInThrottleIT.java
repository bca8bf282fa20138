package jp.tsunagu.security;

import java.util.Map;

import jp.tsunagu.account.AccountService;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling by account name and source address, end to end at {@code POST /auth/token}. The source comes
 * from {@code X-Forwarded-For}, as behind a trusted reverse proxy; a context of its own without the demo network.
 */
@TestPropertySource(properties = { "server.forward-headers-strategy=framework", "tsunagu.demo.load-when-empty=false",
		"tsunagu.security.sign-in.free-failures=3", "tsunagu.security.sign-in.name-ceiling=30",
		"tsunagu.security.sign-in.slow-down=300ms" })
class SignInThrottleIT extends HubIntegrationTest {

	private static final String ATTACKER = "203.0.113.9";

	private static final String OWNER = "198.51.100.7";

	@Autowired
	private WebTestClient web;

	@Autowired
	private AccountService accounts;

	@Test
	void theOwnerSignsInFromElsewhereWhileAnAttackerHammersTheName() {
		String password = account("test.victim");

		int refused = 0;
		for (int attempt = 0; attempt < 20; attempt++) {
			int status = signIn("test.victim", "guess-" + attempt, ATTACKER).expectBody().returnResult().getStatus().value();
			assertThat(status).isIn(401, 429);
			refused += status == 429 ? 1 : 0;
		}
		assertThat(refused).isGreaterThanOrEqualTo(16);
		// from the attacker's address even the right password waits: a guess there must tell nothing
		signIn("test.victim", password, ATTACKER).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Long.parseLong(retryAfter)).isPositive())
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("too_many_attempts");

		signIn("test.victim", password, OWNER).expectStatus().isOk().expectBody().jsonPath("$.access_token").exists();
	}

	@Test
	void theAdministratorIsNotLockedOutByGuessesFromManyAddresses() {
		String password = account("test.admin.target");
		for (int source = 0; source < 40; source++) {
			signIn("test.admin.target", "guess", "10.0.0." + source).expectStatus().isUnauthorized();
		}
		// under pressure: each address gets one failure, then waits
		signIn("test.admin.target", "guess-again", "10.0.0.39").expectStatus().isEqualTo(429);

		long started = System.nanoTime();
		signIn("test.admin.target", password, OWNER).expectStatus().isOk();
		assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
	}

	@Test
	void unknownNamesAreThrottledExactlyLikeKnownOnes() {
		for (int attempt = 0; attempt < 3; attempt++) {
			signIn("nobody.at.all", "guess", ATTACKER).expectStatus().isUnauthorized();
		}
		signIn("nobody.at.all", "guess", ATTACKER).expectStatus().isEqualTo(429);
	}

	private String account(String username) {
		AccountService.Created created = accounts.create(
				new AccountService.NewAccount(username, Role.ADMINISTRATOR, null, null), AccountService.ChangedBy.hub("test"))
			.block();
		assertThat(created.errors().isEmpty()).isTrue();
		return created.password();
	}

	private WebTestClient.ResponseSpec signIn(String username, String password, String source) {
		return web.post()
			.uri("/auth/token")
			.header("X-Forwarded-For", source)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange();
	}
}
