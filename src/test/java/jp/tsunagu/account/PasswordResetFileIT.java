package jp.tsunagu.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A lost password is replaced while the hub runs, through the reset file the hub watches. */
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetFileIT extends HubIntegrationTest {

	private static final Pattern PRINTED = Pattern.compile("Password reset: (\\S+)\\s+password: (\\S+)");

	@Autowired
	private AccountService accounts;

	@Autowired
	private WebTestClient web;

	@Value("${tsunagu.security.password-reset-file}")
	private Path resetFile;

	@AfterEach
	void removeTheFile() throws Exception {
		Files.deleteIfExists(resetFile);
	}

	@Test
	void theHubResetsTheAccountsTheFileNamesAndPrintsTheirNewPasswordsOnce(CapturedOutput output) throws Exception {
		String oldPassword = createAccount("test.lost");
		Files.createDirectories(resetFile.getParent());
		Files.writeString(resetFile, "# lost on Monday\ntest.lost\n\nnobody.here\n");

		awaitDeletion();
		Matcher printed = awaitPrinted(output);

		assertThat(printed.group(1)).isEqualTo("test.lost");
		assertThat(signIn("test.lost", printed.group(2))).isEqualTo(HttpStatus.OK);
		assertThat(signIn("test.lost", oldPassword)).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(output.getAll()).contains("Password reset: there is no account nobody.here");
		assertThat(PRINTED.matcher(output.getAll()).results().count()).as("printed once").isEqualTo(1);
	}

	@Test
	void aSymbolicLinkIsNoResetFile(CapturedOutput output) throws Exception {
		String password = createAccount("test.lost");
		Path elsewhere = Files.createTempFile("names", "");
		Files.writeString(elsewhere, "test.lost\n");
		Files.createDirectories(resetFile.getParent());
		Files.createSymbolicLink(resetFile, elsewhere);

		awaitDeletion();

		assertThat(output.getAll()).contains("Ignored and deleted");
		assertThat(signIn("test.lost", password)).isEqualTo(HttpStatus.OK);
		Files.delete(elsewhere);
	}

	private String createAccount(String username) {
		AccountService.Created created = accounts.create(new AccountService.NewAccount(username, Role.ANALYST, null, null), AccountService.ChangedBy.hub("test")).block();
		write("MATCH (a:Account {username: $username}) SET a.createdAt = datetime()", "username", username);
		return created.password();
	}

	private HttpStatus signIn(String username, String password) {
		return HttpStatus.valueOf(web.post()
			.uri("/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value());
	}

	private void awaitDeletion() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Files.exists(resetFile, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(resetFile).as("taken by the hub").doesNotExist();
	}

	private Matcher awaitPrinted(CapturedOutput output) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			Matcher printed = PRINTED.matcher(output.getAll());
			if (printed.find()) {
				return printed;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no new password printed");
	}
}
