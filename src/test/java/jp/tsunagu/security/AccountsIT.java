package jp.tsunagu.security;

import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Local accounts: created by an administrator with a generated password, signed in at /auth/token. */
class AccountsIT extends HubIntegrationTest {

	@Autowired
	private WebTestClient web;

	@Test
	void anAdministratorCreatesAnAccountThatSignsInWithItsGeneratedPassword() {
		String councilId = idOfNamed("Organization", "宝塚市社会福祉協議会");
		var created = graphQl.documentName("account-create")
			.variable("input", Map.of("username", "test.takarazuka", "role", "COORDINATOR", "organizationId", councilId))
			.execute()
			.errors()
			.verify();
		created.path("createAccount.errors").entityList(Object.class).hasSize(0);
		created.path("createAccount.account.organization.name").entity(String.class).isEqualTo("宝塚市社会福祉協議会");
		String password = created.path("createAccount.password").entity(String.class).get();
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		try (var session = driver.session()) {
			String hash = session.run("MATCH (a:Account {username: 'test.takarazuka'}) RETURN a.passwordHash AS h")
				.single()
				.get("h")
				.asString();
			assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
			// peppered with the hub's secret: the hash alone does not let anyone test guesses offline
			assertThat(new BCryptPasswordEncoder().matches(password, hash.substring("{bcrypt}".length()))).isFalse();
		}

		String token = signIn("test.takarazuka", password).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("access_token")
			.toString();
		anonymous.mutate()
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.build()
			.documentName("me")
			.execute()
			.errors()
			.verify()
			.path("me.username")
			.entity(String.class)
			.isEqualTo("test.takarazuka")
			.path("me.role")
			.entity(String.class)
			.isEqualTo("COORDINATOR")
			.path("me.organization.name")
			.entity(String.class)
			.isEqualTo("宝塚市社会福祉協議会");
	}

	@Test
	void aWrongPasswordAnUnknownNameAndADisabledAccountGetNoToken() {
		String password = graphQl.documentName("account-create")
			.variable("input", Map.of("username", "test.analyst2", "role", "ANALYST"))
			.execute()
			.path("createAccount.password")
			.entity(String.class)
			.get();
		signIn("test.analyst2", password + "x").expectStatus().isUnauthorized().expectBody().jsonPath("$.error")
			.isEqualTo("invalid_grant");
		signIn("nobody.here", password).expectStatus().isUnauthorized();
		signIn("test.analyst2", "").expectStatus().isBadRequest();
		String token = accessToken(signIn("test.analyst2", password));
		assertThat(me(token)).isEqualTo("test.analyst2");

		graphQl.documentName("account-set-enabled")
			.variable("input", Map.of("username", "test.analyst2", "enabled", false))
			.execute()
			.path("setAccountEnabled.account.enabled")
			.entity(Boolean.class)
			.isEqualTo(false);
		signIn("test.analyst2", password).expectStatus().isUnauthorized();
		// a token issued before the account was disabled is refused at once
		web.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ me { username } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void refusesAnAccountWhoseScopeDoesNotFitItsRole() {
		String npo = idOfNamed("Organization", "社会福祉法人きすみ野福祉会");
		graphQl.documentName("account-create")
			.variable("input", Map.of("username", "test.not-a-council", "role", "COORDINATOR", "organizationId", npo))
			.execute()
			.path("createAccount.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("organizationId")
			.path("createAccount.account")
			.valueIsNull();
		graphQl.documentName("account-create")
			.variable("input", Map.of("username", "test.volunteer", "role", "COMMISSIONED_VOLUNTEER"))
			.execute()
			.path("createAccount.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("personId");
		graphQl.documentName("account-create")
			.variable("input", Map.of("username", "admin", "role", "ANALYST"))
			.execute()
			.path("createAccount.errors[*].message")
			.entityList(String.class)
			.containsExactly("admin is taken");
		assertThat(count("MATCH (a:Account) WHERE a.username IN ['test.not-a-council', 'test.volunteer'] RETURN count(a)"))
			.isZero();
	}

	@Test
	void theFirstStartCreatedAnAdministratorAndTheDemoOneAccountPerRole() {
		List<String> usernames = graphQl.documentName("accounts-list")
			.variable("first", 100)
			.execute()
			.path("accounts.edges[*].node.username")
			.entityList(String.class)
			.get();
		assertThat(usernames).contains("admin", "ono.coordinator", "suita.coordinator", "kisumino.staff",
				"fujiwara.volunteer", "demo.analyst", "demo.admin");
	}

	@Test
	void aTokenThatDoesNotVerifyIsRefusedWithAClearChallenge() {
		web.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ me { username } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).contains("invalid_token"));
	}

	@Test
	void metricsAndHealthDetailsAreForAdministratorsOnly() {
		web.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.components")
			.doesNotExist();
		web.get()
			.uri("/actuator/health")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(new Caller("test.admin", Role.ADMINISTRATOR, null, null)))
			.exchange()
			.expectBody()
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP");
		web.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		web.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(new Caller("test.analyst", Role.ANALYST, null, null)))
			.exchange()
			.expectStatus()
			.isForbidden();
		web.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(new Caller("test.admin", Role.ADMINISTRATOR, null, null)))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void slowsDownFailedSignInsPerAccountAndAddress() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn("test.guessed", "guess-" + attempt).expectStatus().isUnauthorized();
		}
		signIn("test.guessed", "one-more").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("too_many_attempts");
		signIn("test.other", "guess").expectStatus().isUnauthorized();
	}

	private static String accessToken(WebTestClient.ResponseSpec response) {
		return response.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("access_token")
			.toString();
	}

	/** The signed-in caller's name. */
	@SuppressWarnings("unchecked")
	private String me(String token) {
		Map<String, Object> body = web.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ me { username } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) ((Map<String, Object>) ((Map<String, Object>) body.get("data")).get("me")).get("username");
	}

	private WebTestClient.ResponseSpec signIn(String username, String password) {
		return web.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange();
	}
}
