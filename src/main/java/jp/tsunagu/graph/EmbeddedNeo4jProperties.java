package jp.tsunagu.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where and how the in-process Neo4j runs when no external URI is configured.
 *
 * @param dataDirectory where the database files live (kept across restarts)
 * @param boltAddress the interface Bolt listens on; localhost unless you mean to share it
 * @param boltPort the Bolt port, 0 for any free one
 * @param boltPassword the password of the Bolt user {@code neo4j}, applied on every start; empty to
 * have one generated (and logged once) on the first start
 * @param pageCache page cache size, e.g. "2g", or "auto" to fit the store on disk ({@link PageCacheSize})
 */
@ConfigurationProperties("tsunagu.embedded")
public record EmbeddedNeo4jProperties(Path dataDirectory, String boltAddress, int boltPort, String boltPassword,
		String pageCache) {

	// A record would print the password wherever the properties end up in a log or a debugger.
	@Override
	public String toString() {
		return "EmbeddedNeo4jProperties[dataDirectory=" + dataDirectory + ", boltAddress=" + boltAddress + ", boltPort="
				+ boltPort + ", boltPassword=" + (StringUtils.hasText(boltPassword) ? "***" : "")
				+ ", pageCache=" + pageCache + "]";
	}
}
