package jp.tsunagu.graph;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded Bolt port requires a password: the hub logs in as its own user, {@code neo4j} gets
 * the configured password or, on a fresh data directory, a generated one that is logged only once.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedBoltAuthIT extends HubIntegrationTest {

	private static final Pattern GENERATED = Pattern.compile("generated password:\\s+(\\S+)\\s");

	@Autowired
	EmbeddedNeo4j embedded;

	@Test
	void clientsWithoutTheRightPasswordAreRefused() {
		assertThatExceptionOfType(AuthenticationException.class)
			.isThrownBy(() -> runQuery(embedded.boltUri(), AuthTokens.none()));
		assertThatExceptionOfType(AuthenticationException.class)
			.isThrownBy(() -> runQuery(embedded.boltUri(), AuthTokens.basic(BoltUsers.ADMIN, "not-the-password")));
	}

	@Test
	void theHubLogsInAsItsOwnUser() {
		try (Session session = driver.session(SessionConfig.forDatabase("system"))) {
			assertThat(session.run("SHOW CURRENT USER YIELD user").single().get("user").asString())
				.isEqualTo(BoltUsers.HUB);
		}
		runQuery(embedded.boltUri(), embedded.hubCredentials().authToken());
	}

	@Test
	void loadCsvCannotReadTheServersFiles() {
		try (Session session = driver.session()) {
			assertThatExceptionOfType(ClientException.class)
				.isThrownBy(() -> session.run("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line").consume())
				.withMessageContaining("allow_csv_import_from_file_urls");
		}
	}

	@Test
	void aFreshDataDirectoryLogsAGeneratedPasswordOnlyOnce(@TempDir Path directory, CapturedOutput output) {
		int before = output.getAll().length();
		String password;
		try (EmbeddedNeo4j first = start(directory, "")) {
			Matcher generated = GENERATED.matcher(output.getAll().substring(before));
			assertThat(generated.find()).as("generated password logged").isTrue();
			password = generated.group(1);
			assertThat(password).hasSizeGreaterThanOrEqualTo(24).matches("[A-Za-z0-9_-]+");
			runQuery(first.boltUri(), AuthTokens.basic(BoltUsers.ADMIN, password));
		}
		int logged = output.getAll().length();
		try (EmbeddedNeo4j second = start(directory, "")) {
			assertThat(output.getAll().substring(logged)).doesNotContain("generated password");
			runQuery(second.boltUri(), AuthTokens.basic(BoltUsers.ADMIN, password));
		}
	}

	@Test
	void aConfiguredPasswordAppliesOnEveryStart(@TempDir Path directory, CapturedOutput output) {
		int before = output.getAll().length();
		for (int start = 0; start < 2; start++) {
			try (EmbeddedNeo4j database = start(directory, "configured-password")) {
				runQuery(database.boltUri(), AuthTokens.basic(BoltUsers.ADMIN, "configured-password"));
			}
		}
		assertThat(output.getAll().substring(before)).doesNotContain("generated password");
	}

	private static EmbeddedNeo4j start(Path directory, String boltPassword) {
		return EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(directory, "localhost", 0, boltPassword, "8m"));
	}

	/** A query, not just a handshake: Neo4j accepts a login that must still change its password. */
	private static void runQuery(URI uri, AuthToken authToken) {
		try (Driver client = GraphDatabase.driver(uri, authToken); Session session = client.session()) {
			session.run("RETURN 1").consume();
		}
	}
}
