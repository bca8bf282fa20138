package jp.tsunagu.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jp.tsunagu.security.LocalAccountsCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * A lost password, the administrator's included, replaced while the hub runs: whoever runs the hub writes account
 * names, one a line, into the reset file ({@code tsunagu.security.password-reset-file}); the hub deletes the file,
 * gives each account a new generated password and prints it once in its log, as at the first start. Only a regular
 * file owned by the hub's own user counts: whoever can put one there can read the hub's secret and its database
 * files anyway.
 */
@Component
@ConditionalOnWebApplication
@Conditional(LocalAccountsCondition.class)
class PasswordResetFile implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PasswordResetFile.class);

	private static final long MAX_BYTES = 64 * 1024;

	private final AccountService accounts;

	private final Path file;

	private final Duration interval;

	private ScheduledExecutorService watcher;

	PasswordResetFile(AccountService accounts, @Value("${tsunagu.security.password-reset-file:./data/password-reset}") Path file,
			@Value("${tsunagu.security.password-reset-interval:2s}") Duration interval) {
		this.accounts = accounts;
		this.file = file.toAbsolutePath().normalize();
		this.interval = interval;
	}

	@Override
	public void start() {
		watcher = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "password-reset-file");
			thread.setDaemon(true);
			return thread;
		});
		watcher.scheduleWithFixedDelay(this::resetSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
		log.info("Lost passwords: write account names into {} to reset them", file);
	}

	@Override
	public void stop() {
		watcher.shutdownNow();
		watcher = null;
	}

	@Override
	public boolean isRunning() {
		return watcher != null;
	}

	private void resetSafely() {
		try {
			resetRequested();
		}
		catch (RuntimeException ex) {
			// the next look at the file tries again; the watcher must outlive a database that is away
			log.warn("Password reset from {} failed: {}", file, ex.getMessage());
		}
	}

	/** Resets the passwords of the accounts the file names, deleting it first; the names of those reset. */
	List<String> resetRequested() {
		List<String> names = takeNames();
		List<String> reset = new ArrayList<>();
		for (String name : names) {
			AccountService.Created created = accounts.resetPasswordOf(name, AccountService.ChangedBy.commandLine("password reset file")).block();
			if (created == null) {
				log.warn("Password reset: there is no account {}", name);
				continue;
			}
			reset.add(name);
			log.warn("""

					=====================================================================
					 Password reset: {}
					   password: {}
					 It is shown only this once. Sign in with POST /auth/token.
					=====================================================================""", name, created.password());
		}
		return reset;
	}

	/** The names the file holds, and the file gone; none when there is no file, or one the hub must not trust. */
	private List<String> takeNames() {
		try {
			if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				return List.of();
			}
			boolean trusted = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) <= MAX_BYTES
					&& Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).equals(hubUser());
			List<String> lines = trusted ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
			Files.delete(file);
			if (!trusted) {
				log.warn("Ignored and deleted {}: a password reset file must be a regular file of at most 64 KB owned by "
						+ "the user the hub runs as", file);
				return List.of();
			}
			return lines.stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The user the hub runs as: the owner of a file it creates. */
	private UserPrincipal hubUser() throws IOException {
		Path probe = Files.createTempFile("tsunagu-owner", "");
		try {
			return Files.getOwner(probe);
		}
		finally {
			Files.delete(probe);
		}
	}
}
