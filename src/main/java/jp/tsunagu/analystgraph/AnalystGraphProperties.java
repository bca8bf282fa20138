package jp.tsunagu.analystgraph;

import jp.tsunagu.graph.EmbeddedNeo4jProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * {@code tsunagu.analyst-graph.*}: where the analysts' de-identified graph lives and how it is rebuilt.
 *
 * @param uri a separate Neo4j server or Aura instance for the analysts' graph; empty to run a second embedded Neo4j
 * ({@code embedded}) inside the hub
 * @param username the Bolt user the hub writes the analysts' graph as, with {@code uri}
 * @param password that user's password, with {@code uri}
 * @param database the database on that server, with {@code uri}; empty for its default. On an edition with several
 * databases this may be a second database of the hub's own server
 * @param embedded the second embedded Neo4j: its own data directory, Bolt port and {@code neo4j} password
 * @param schedule when the graph is rebuilt, a Spring cron expression in Japan's time; "-" for never
 * @param pseudonymKey base64 key (at least 32 bytes) that makes household and person pseudonyms the same from one
 * rebuild to the next, for longitudinal work; empty for new pseudonyms at every rebuild
 * @param batchSize rows per write transaction of a rebuild
 * @param rebuildWhenEmpty build the graph on start when it holds no snapshot yet
 */
@ConfigurationProperties("tsunagu.analyst-graph")
record AnalystGraphProperties(String uri, String username, String password, String database,
		EmbeddedNeo4jProperties embedded, @DefaultValue("0 0 3 * * *") String schedule, String pseudonymKey,
		@DefaultValue("5000") int batchSize, @DefaultValue("true") boolean rebuildWhenEmpty) {

	boolean external() {
		return StringUtils.hasText(uri);
	}

	boolean keyed() {
		return StringUtils.hasText(pseudonymKey);
	}

	// A record would print the passwords and the key wherever the properties end up in a log or a debugger.
	@Override
	public String toString() {
		return "AnalystGraphProperties[uri=" + uri + ", username=" + username + ", password="
				+ (StringUtils.hasText(password) ? "***" : "") + ", database=" + database + ", embedded=" + embedded
				+ ", schedule=" + schedule + ", pseudonymKey=" + (keyed() ? "***" : "") + ", batchSize=" + batchSize
				+ ", rebuildWhenEmpty=" + rebuildWhenEmpty + "]";
	}
}
