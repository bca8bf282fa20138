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
	}

	@Test
	void refusesBadUsageAndInputWithoutWriting() {
		assertThat(command.run(new String[] { "add", "--username=test.cli" })).isEqualTo(2);
		assertThat(command.run(new String[] { "add", "--username=test.cli", "--role=SUPERUSER" })).isEqualTo(2);
		assertThat(command.run(new String[] { "add", "--username=test.cli", "--role=COORDINATOR" })).isEqualTo(1);
		assertThat(command.run(new String[] { "reset-password", "--username=nobody.here" })).isEqualTo(1);
		assertThat(count("MATCH (a:Account {username: 'test.cli'}) RETURN count(a)")).isZero();
	}

	private String hash() {
		try (var session = driver.session()) {
			return session.run("MATCH (a:Account {username: 'test.cli'}) RETURN a.passwordHash AS h").single().get("h").asString();
		}
	}
}
