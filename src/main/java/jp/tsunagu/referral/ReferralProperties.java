package jp.tsunagu.referral;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagu.referral.*}.
 *
 * @param expireAfter a request neither received nor answered in this time is cancelled as expired
 * @param expirySweep how often the hub looks for expired requests
 */
@ConfigurationProperties("tsunagu.referral")
record ReferralProperties(@DefaultValue("P14D") Duration expireAfter, @DefaultValue("PT1H") Duration expirySweep) {

	ReferralProperties {
		if (expireAfter.isNegative() || expireAfter.isZero()) {
			throw new IllegalArgumentException("tsunagu.referral.expire-after must be positive, was " + expireAfter);
		}
	}
}
