package jp.tsunagu.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code tsunagu.limits.*}: what one GraphQL request may cost the hub.
 *
 * @param maxDepth the deepest nesting of fields an operation may select
 * @param maxComplexity the most fields an operation may select, fragments expanded and each alias counted
 * @param maxRequestSize the largest request body the GraphQL endpoint reads
 * @param executionTimeout how long a request may run before it is cancelled
 * @param requestsPerMinute how many requests one caller may make per minute, counted by each hub instance on its own
 */
@ConfigurationProperties("tsunagu.limits")
record RequestLimits(@DefaultValue("12") int maxDepth, @DefaultValue("2000") int maxComplexity,
		@DefaultValue("64KB") DataSize maxRequestSize, @DefaultValue("30s") Duration executionTimeout,
		@DefaultValue("600") int requestsPerMinute) {
}
