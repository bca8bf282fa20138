package jp.tsunagu.security;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed sign-ins slow down the one who fails, not the account: failures are counted per account name and source
 * address, and after {@code freeFailures} of them that pair must wait, twice as long after each further failure (up
 * to {@code maxBackOff}). A success from the pair forgets its failures. Someone guessing from one address therefore
 * gets a handful of guesses and then one every few minutes, while the account's owner, from their own address,
 * signs in as usual.
 * <p>
 * Across all sources, a name with more than {@code nameCeiling} failures in {@code pressureWindow} is under pressure
 * (guesses from many addresses): each source then waits after its first failure, and every answer for the name is
 * delayed by {@code slowDown}. A correct password from an address that has not failed is still accepted. Unknown
 * names are counted exactly like known ones, so the throttle tells nothing about which names exist.
 * <p>
 * Counts live in this hub instance's memory; entries are forgotten {@code forgetAfter} the last failure, and when
 * more than {@code maxTracked} pairs are held the ones not waiting are dropped first.
 */
final class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final SignInProperties settings;

	private final InstantSource clock;

	private final ConcurrentMap<String, Failures> pairs = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, Failures> names = new ConcurrentHashMap<>();

	private final AtomicLong sweptAt = new AtomicLong();

	SignInThrottle(SignInProperties settings, InstantSource clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** How long this name must wait before trying again from this source: zero when it may try now. */
	Duration waitFor(String name, String source) {
		long now = clock.millis();
		sweep(now);
		Failures failures = pairs.get(pair(name, source));
		return failures == null || failures.blockedUntil() <= now ? Duration.ZERO
				: Duration.ofMillis(failures.blockedUntil() - now);
	}

	/** How long to hold every answer for this name: zero unless it is under pressure. */
	Duration slowDown(String name) {
		return underPressure(key(name), clock.millis()) ? settings.slowDown() : Duration.ZERO;
	}

	void failed(String name, String source) {
		long now = clock.millis();
		String key = key(name);
		long window = settings.pressureWindow().toMillis();
		Failures total = names.compute(key, (k, current) -> current == null || now - current.since() >= window
				? new Failures(1, now, now, 0) : current.plusOne(now, 0));
		boolean pressure = total.count() > settings.nameCeiling();
		if (total.count() == settings.nameCeiling() + 1) {
			log.warn("sign-in: more than {} failures for one account name within {}; every source now waits after "
					+ "one failure", settings.nameCeiling(), settings.pressureWindow());
		}
		int free = pressure ? 1 : settings.freeFailures();
		pairs.compute(pair(name, source), (k, current) -> {
			int count = current == null ? 1 : current.count() + 1;
			long blockedUntil = count < free ? 0 : now + backOff(count - free).toMillis();
			return new Failures(count, current == null ? now : current.since(), now, blockedUntil);
		});
	}

	void succeeded(String name, String source) {
		pairs.remove(pair(name, source));
	}

	/** {@code firstBackOff} × 2^n, at most {@code maxBackOff}. */
	Duration backOff(int beyondFree) {
		long first = settings.firstBackOff().toMillis();
		long max = settings.maxBackOff().toMillis();
		long wait = beyondFree >= 62 || first << beyondFree >>> beyondFree != first ? max : first << beyondFree;
		return Duration.ofMillis(Math.min(max, wait));
	}

	int tracked() {
		return pairs.size();
	}

	private boolean underPressure(String key, long now) {
		Failures total = names.get(key);
		return total != null && now - total.since() < settings.pressureWindow().toMillis()
				&& total.count() > settings.nameCeiling();
	}

	private void sweep(long now) {
		long last = sweptAt.get();
		if (now - last < 60_000 && pairs.size() <= settings.maxTracked()) {
			return;
		}
		if (!sweptAt.compareAndSet(last, now)) {
			return;
		}
		long forget = settings.forgetAfter().toMillis();
		pairs.values().removeIf(failures -> now - failures.last() > forget && failures.blockedUntil() <= now);
		names.values().removeIf(failures -> now - failures.since() >= settings.pressureWindow().toMillis());
		if (pairs.size() > settings.maxTracked()) {
			pairs.values().removeIf(failures -> failures.blockedUntil() <= now);
		}
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static String pair(String name, String source) {
		return key(name) + "\u0000" + source;
	}

	/** @param blockedUntil epoch millis until which the pair must wait; 0 when it need not */
	private record Failures(int count, long since, long last, long blockedUntil) {

		Failures plusOne(long now, long blockedUntil) {
			return new Failures(count + 1, since, now, blockedUntil);
		}
	}
}
