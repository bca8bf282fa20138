package jp.tsunagu.graph;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * The embedded database's Bolt users, managed through its {@code system} database: {@code neo4j}
 * belongs to the operator (cypher-shell, Neo4j Desktop), {@code tsunagu_hub} to the hub alone.
 */
final class BoltUsers {

	static final String ADMIN = "neo4j";

	static final String HUB = "tsunagu_hub";

	private static final Logger log = LoggerFactory.getLogger(BoltUsers.class);

	private static final SecureRandom random = new SecureRandom();

	private final GraphDatabaseService system;

	BoltUsers(GraphDatabaseService system) {
		this.system = system;
	}

	/**
	 * Gives {@code neo4j} the configured password; without one, and only while {@code neo4j} still
	 * has Neo4j's initial password, a generated one that is logged this once.
	 */
	void secureAdmin(String configuredPassword, String passwordSetting) {
		if (StringUtils.hasText(configuredPassword)) {
			setAdminPassword(configuredPassword);
		}
		else if (adminHasInitialPassword()) {
			String generated = randomPassword();
			setAdminPassword(generated);
			log.warn("""

					================================================================================
					  The embedded Neo4j's Bolt user '{}' now has this generated password:

					      {}

					  It is shown only this once: keep it. To choose your own instead, set
					  {} and restart.
					================================================================================""",
					ADMIN, generated, passwordSetting);
		}
	}

	/** Recreates the hub's own user with a fresh password that lives only in this process. */
	BoltCredentials replaceHubUser() {
		String password = randomPassword();
		system.executeTransactionally("CREATE OR REPLACE USER " + HUB + " SET PASSWORD $password CHANGE NOT REQUIRED",
				Map.of("password", password));
		return new BoltCredentials(HUB, password);
	}

	private boolean adminHasInitialPassword() {
		return system.executeTransactionally(
				"SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
				Map.of("user", ADMIN), result -> result.hasNext() && (Boolean) result.next().get("passwordChangeRequired"));
	}

	private void setAdminPassword(String password) {
		// Neo4j refuses a new password equal to the current one; passing through a throwaway in the
		// same transaction makes applying the configured password on every start idempotent.
		try (Transaction tx = system.beginTx()) {
			tx.execute("ALTER USER " + ADMIN + " SET PASSWORD $password", Map.of("password", randomPassword())).close();
			tx.execute("ALTER USER " + ADMIN + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password))
				.close();
			tx.commit();
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
