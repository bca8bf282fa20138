package jp.tsunagu.security;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Hubs that share a database must share the hub's secret: a hub with another one would refuse the others' tokens,
 * fail every password set through them and give analysts other pseudonyms. The first hub records the secret's
 * fingerprint in the database; a hub whose secret does not match it refuses to start.
 */
@Component
class SharedSecretCheck {

	SharedSecretCheck(Driver driver, HubSecret secret) {
		String own = secret.fingerprint();
		List<String> recorded;
		try (Session session = driver.session()) {
			recorded = session.executeWrite(tx -> tx.run("""
					MERGE (f:SecretFingerprint {of: 'hub'}) ON CREATE SET f.value = $own, f.recordedAt = datetime()
					WITH count(*) AS merged
					MATCH (f:SecretFingerprint)
					RETURN collect(DISTINCT f.value) AS values""", Map.of("own", own))
				.single()
				.get("values")
				.asList(value -> value.asString()));
		}
		if (!recorded.equals(List.of(own))) {
			throw new IllegalStateException("""
					This hub's secret is not the one the hubs sharing this database use (its fingerprint is %s, the \
					database holds %s). Give every hub the same secret: set TSUNAGU_SECRET, or TSUNAGU_SECRET_FILE to a \
					copy of the same file. Only if the secret is truly lost: delete the fingerprint \
					(MATCH (f:SecretFingerprint) DELETE f) and reset every local account's password \
					(account reset-password); the old passwords and tokens no longer work.""".formatted(own,
					String.join(", ", recorded)));
		}
	}
}
