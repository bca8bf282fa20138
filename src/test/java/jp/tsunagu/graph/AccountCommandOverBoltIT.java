package jp.tsunagu.graph;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.cli.AccountCommand;
import jp.tsunagu.account.AccountService;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code account} command resets a password while the hub runs, through the running hub's Bolt port, as the
 * documentation tells an operator who lost the administrator's password. (In {@code graph/} for the embedded
 * database's own Bolt credentials; an operator uses the {@code neo4j} user.)
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountCommandOverBoltIT extends HubIntegrationTest {

	@Autowired
	private EmbeddedNeo4j embedded;

	@Autowired
	private AccountService accounts;

	@Autowired
	private WebTestClient web;

	@Test
	void resetsAPasswordInTheRunningHubsDatabase(CapturedOutput output) {
		String oldPassword = accounts.create(new AccountService.NewAccount("test.lost", Role.ANALYST, null, null), AccountService.ChangedBy.hub("test"))
			.block()
			.password();
		write("MATCH (a:Account {username: 'test.lost'}) SET a.createdAt = datetime()");
		String hashBefore = (String) single("MATCH (a:Account {username: 'test.lost'}) RETURN a.passwordHash");

		Path analystGraph = Path.of("target/neo4j-test/analysts-" + UUID.randomUUID());
		int exit;
		// as TsunaguApplication runs a one-shot command
		try (ConfigurableApplicationContext command = new SpringApplicationBuilder(TsunaguApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.neo4j.uri=" + embedded.boltUri(),
					"--spring.neo4j.authentication.username=" + embedded.hubCredentials().username(),
					"--spring.neo4j.authentication.password=" + embedded.hubCredentials().password(),
					"--tsunagu.security.secret-file=target/neo4j-test/hub-secret", "--tsunagu.demo.load-when-empty=false",
					"--tsunagu.analyst-graph.rebuild-when-empty=false",
					"--tsunagu.analyst-graph.embedded.data-directory=" + analystGraph)) {
			exit = command.getBean(AccountCommand.class).run(new String[] { "reset-password", "--username=test.lost" });
		}

		assertThat(exit).isZero();
		assertThat(analystGraph).as("a one-shot command starts no analysts' graph, which the running hub holds")
			.doesNotExist();
		assertThat(single("MATCH (a:Account {username: 'test.lost'}) RETURN a.passwordHash")).isNotEqualTo(hashBefore);
		java.util.regex.Matcher printed = java.util.regex.Pattern
			.compile("Account test.lost \\(ANALYST\\), password: (\\S+)")
			.matcher(output.getOut());
		assertThat(printed.find()).as("the new password printed").isTrue();
		signIn(printed.group(1)).isOk();
		signIn(oldPassword).isUnauthorized();
	}

	private org.springframework.test.web.reactive.server.StatusAssertions signIn(String password) {
		return web.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", "test.lost", "password", password))
			.exchange()
			.expectStatus();
	}
}
