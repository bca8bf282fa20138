package jp.tsunagu.security;

import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests counted per key in fixed one-minute windows, in this hub instance's memory only. A key's window is dropped
 * once its minute has passed, so the map holds no more keys than made requests in the current minute.
 */
final class RateLimitWindows {

	private static final Logger log = LoggerFactory.getLogger(RateLimitWindows.class);

	private static final long MINUTE = 60_000;

	private final int perMinute;

	private final InstantSource clock;

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	private final AtomicLong sweptMinute = new AtomicLong();

	RateLimitWindows(int perMinute, InstantSource clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/** Counts a request of the key: 0 when it is within the limit, else the seconds until the key may ask again. */
	long acquire(String key) {
		long now = clock.millis();
		long minute = now / MINUTE;
		sweep(minute);
		Window window = windows.compute(key, (k, current) -> current == null || current.minute() != minute
				? new Window(minute, 1) : new Window(minute, current.count() + 1));
		if (window.count() <= perMinute) {
			return 0;
		}
		if (window.count() == perMinute + 1) {
			log.warn("{} reached the limit of {} requests a minute; refusing it until the minute is over", key, perMinute);
		}
		return ((minute + 1) * MINUTE - now + 999) / 1000;
	}

	int perMinute() {
		return perMinute;
	}

	int keys() {
		return windows.size();
	}

	private void sweep(long minute) {
		long swept = sweptMinute.get();
		if (minute > swept && sweptMinute.compareAndSet(swept, minute)) {
			windows.values().removeIf(window -> window.minute() < minute);
		}
	}

	private record Window(long minute, int count) {
	}
}
