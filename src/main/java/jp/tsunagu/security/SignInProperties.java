package jp.tsunagu.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagu.security.sign-in.*}: how failed sign-ins at {@code POST /auth/token} are slowed down
 * ({@link SignInThrottle}).
 *
 * @param freeFailures failures one name may have from one source before that pair waits
 * @param firstBackOff the first wait; each further failure doubles it
 * @param maxBackOff the longest wait
 * @param nameCeiling failures of one name from all sources within {@code pressureWindow} above which the name is
 * under pressure: each source waits after one failure, and answers for the name are delayed by {@code slowDown}
 * @param pressureWindow the window of {@code nameCeiling}
 * @param slowDown the delay of every answer for a name under pressure
 * @param forgetAfter how long after its last failure a pair is forgotten
 * @param maxTracked the most pairs held in memory; beyond it, pairs that are not waiting are dropped
 */
@ConfigurationProperties("tsunagu.security.sign-in")
record SignInProperties(@DefaultValue("5") int freeFailures, @DefaultValue("1s") Duration firstBackOff,
		@DefaultValue("15m") Duration maxBackOff, @DefaultValue("100") int nameCeiling,
		@DefaultValue("15m") Duration pressureWindow, @DefaultValue("1s") Duration slowDown,
		@DefaultValue("1h") Duration forgetAfter, @DefaultValue("100000") int maxTracked) {
}
