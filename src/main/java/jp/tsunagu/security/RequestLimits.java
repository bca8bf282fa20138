package jp.tsunagu.security;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code tsunagu.limits.*}: what one GraphQL request may cost the hub.
 *
 * @param maxDepth the deepest nesting of fields an operation may select
 * @param maxCost the most an operation may cost ({@link QueryCost}): fields, multiplied by the list sizes they ask for
 * @param maxRootFields the most top-level fields (aliases counted, fragments expanded) one operation may select
 * @param fieldCosts extra cost of expensive fields, by {@code Type.field}, added to or replacing {@link QueryCost#DEFAULT_FIELD_COSTS}
 * @param maxRequestSize the largest request body the GraphQL endpoint reads
 * @param executionTimeout how long a request may run before it is cancelled
 * @param requestsPerMinute how many requests one caller may make per minute, counted by each hub instance on its own
 */
@ConfigurationProperties("tsunagu.limits")
record RequestLimits(@DefaultValue("12") int maxDepth, @DefaultValue("25000") int maxCost,
		@DefaultValue("50") int maxRootFields, Map<String, Integer> fieldCosts,
		@DefaultValue("64KB") DataSize maxRequestSize, @DefaultValue("30s") Duration executionTimeout,
		@DefaultValue("600") int requestsPerMinute) {
}
