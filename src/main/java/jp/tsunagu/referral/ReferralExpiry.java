package jp.tsunagu.referral;

import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Cancels requests left unanswered for {@code tsunagu.referral.expire-after} (reason EXPIRED, by the hub), every
 * {@code tsunagu.referral.expiry-sweep}. Each sweep is one transaction, events included; sweeps on several hubs at
 * once cancel each referral once, since each locks the referrals before it re-reads their status.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(ReferralProperties.class)
public class ReferralExpiry {

	private static final Logger log = LoggerFactory.getLogger(ReferralExpiry.class);

	private final ReferralWrites writes;

	private final ReferralEvents events;

	private final ReferralProperties properties;

	private final TransactionalOperator transaction;

	ReferralExpiry(ReferralWrites writes, ReferralEvents events, ReferralProperties properties,
			TransactionalOperator transaction) {
		this.writes = writes;
		this.events = events;
		this.properties = properties;
		this.transaction = transaction;
	}

	@Scheduled(fixedDelayString = "${tsunagu.referral.expiry-sweep:PT1H}",
			initialDelayString = "${tsunagu.referral.expiry-sweep:PT1H}")
	void scheduledSweep() {
		int expired = sweep(OffsetDateTime.now());
		if (expired > 0) {
			log.info("Referrals expired unanswered: {}", expired);
		}
	}

	/** Expires what was requested before {@code now} less the expiry time; returns how many referrals it cancelled. */
	public int sweep(OffsetDateTime now) {
		return transaction.transactional(writes.expire(now.minus(properties.expireAfter()))
			.flatMap(expired -> Flux.fromIterable(expired)
				.concatMap(referral -> events.changed(referral))
				.then(Mono.just(expired.size()))))
			.blockOptional()
			.orElse(0);
	}

}
