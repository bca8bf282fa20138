package jp.tsunagu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The coordinator accounts the benchmark signs in as, one per council whose households it reads, with their
 * passwords, kept in the work directory beside the data ({@code bench-accounts.json}) so that a rerun on the same
 * data reuses them.
 */
final class BenchAccounts {

	record Account(String username, String password, String organizationId, String organizationName) {
	}

	private final Path file;

	private final Map<String, Account> accounts = new LinkedHashMap<>();

	private BenchAccounts(Path file) {
		this.file = file;
	}

	static BenchAccounts in(Path work) {
		BenchAccounts accounts = new BenchAccounts(work.resolve("bench-accounts.json"));
		if (Files.exists(accounts.file)) {
			for (JsonNode account : Json.read(accounts.file)) {
				accounts.accounts.put(account.path("username").asText(),
						new Account(account.path("username").asText(), account.path("password").asText(),
								account.path("organizationId").asText(), account.path("organizationName").asText()));
			}
		}
		return accounts;
	}

	Account get(String username) {
		return accounts.get(username);
	}

	void put(Account account) {
		accounts.put(account.username(), account);
		Json.writeFile(file, accounts.values());
	}

	/** A token for every account, by username. */
	Map<String, String> signInAll(HubClient hub) {
		Map<String, String> tokens = new LinkedHashMap<>();
		accounts.values().forEach(account -> tokens.put(account.username(), hub.signIn(account.username(), account.password())));
		return tokens;
	}

	/** The username of the coordinator account for a council: stable, so reruns find it again. */
	static String usernameFor(String councilId) {
		return "bench." + councilId.replace("-", "").substring(0, 12);
	}
}
