package jp.tsunagu.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param location where the versioned migrations live; packaged into the jar from {@code graph-schema/}
 */
@ConfigurationProperties("tsunagu.migrations")
public record MigrationProperties(String location) {
}
