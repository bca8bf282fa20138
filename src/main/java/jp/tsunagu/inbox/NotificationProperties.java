package jp.tsunagu.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagu.notifications.*}.
 *
 * @param pollInterval how often each hub reads the outbox for new events: the most an event waits before delivery
 * @param batchSize the most events one poll reads
 * @param retention how long the outbox keeps an event: a client away longer misses what is older (its inbox too)
 */
@ConfigurationProperties("tsunagu.notifications")
public record NotificationProperties(@DefaultValue("250ms") Duration pollInterval, @DefaultValue("1000") int batchSize,
		@DefaultValue("30d") Duration retention) {

	public NotificationProperties {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("tsunagu.notifications.poll-interval must be positive, was " + pollInterval);
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("tsunagu.notifications.batch-size must be 1 or more, was " + batchSize);
		}
	}
}
