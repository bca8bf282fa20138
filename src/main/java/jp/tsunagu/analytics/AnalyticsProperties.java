package jp.tsunagu.analytics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagu.analytics.*}.
 *
 * @param timeout how long an analyst's Cypher query may run before the database stops it
 * @param rowCap the most rows an answer holds; more are cut off and the answer says it was truncated
 * @param smallCellThreshold k of the small-cell policy ({@link SmallCells}): household counts from 1 to k-1 are
 * not shown
 */
@ConfigurationProperties("tsunagu.analytics")
record AnalyticsProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("1000") int rowCap,
		@DefaultValue("3") int smallCellThreshold) {
}
