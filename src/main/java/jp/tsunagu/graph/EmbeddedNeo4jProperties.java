package jp.tsunagu.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the in-process Neo4j runs when no external URI is configured.
 *
 * @param dataDirectory where the database files live (kept across restarts)
 * @param boltAddress the interface Bolt listens on; localhost unless you mean to share it
 * @param boltPort the Bolt port, 0 for any free one
 * @param pageCache page cache size, e.g. "256m"
 */
@ConfigurationProperties("tsunagu.embedded")
public record EmbeddedNeo4jProperties(Path dataDirectory, String boltAddress, int boltPort, String pageCache) {
}
