package jp.tsunagu.cli;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AccountCommandIT extends HubIntegrationTest {

	@Autowired
	private AccountCommand command;

	@Test
	void addsAnAccountAndResetsItsPassword() {
		assertThat(command.run(new String[] { "add", "--username=test.cli", "--role=ANALYST" })).isZero();
		String hash = hash();
		assertThat(hash).startsWith("{bcrypt}");

		assertThat(command.run(new String[] { "reset-password", "--username=test.cli" })).isZero();
		assertThat(hash()).isNotEqualTo(hash).startsWith("{bcrypt}");

		try (var session = driver.session()) {
			assertThat(session.run("""
					MATCH (e:AuditEvent {account: 'test.cli'}) WHERE e.at >= $started
					RETURN e.action + ' by ' + e.actor + ' through ' + e.operation AS change ORDER BY e.at""",
					java.util.Map.of("started", started())).list(r -> r.get("change").asString()))
				.containsExactly("ACCOUNT_CREATED by operator:" + System.getProperty("user.name") + " through account add",
						"PASSWORD_RESET by operator:" + System.getProperty("user.name") + " through account reset-password");
		}
	}

	@Test
	void refusesBadUsageAndInputWithoutWriting() {
		assertThat(command.run(new String[] { "add", "--username=test.cli" })).isEqualTo(2);
		assertThat(command.run(new String[] { "add", "--username=test.cli", "--role=SUPERUSER" })).isEqualTo(2);
		assertThat(command.run(new String[] { "add", "--username=test.cli", "--role=COORDINATOR" })).isEqualTo(1);
		assertThat(command.run(new String[] { "reset-password", "--username=nobody.here" })).isEqualTo(1);
		assertThat(count("MATCH (a:Account {username: 'test.cli'}) RETURN count(a)")).isZero();
		assertThat(count("MATCH (e:AuditEvent) WHERE e.at >= $started AND e.account IS NOT NULL RETURN count(e)",
				"started", started())).isZero();
	}

	private String hash() {
		try (var session = driver.session()) {
			return session.run("MATCH (a:Account {username: 'test.cli'}) RETURN a.passwordHash AS h").single().get("h").asString();
		}
	}
}
