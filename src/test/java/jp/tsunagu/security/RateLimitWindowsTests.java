package jp.tsunagu.security;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitWindowsTests {

	private long now = 1_000 * 60_000 + 15_000;

	private final RateLimitWindows windows = new RateLimitWindows(3, () -> Instant.ofEpochMilli(now));

	@Test
	void refusesRequestsOverTheLimitUntilTheMinuteIsOver() {
		assertThat(windows.acquire("alice")).isZero();
		assertThat(windows.acquire("alice")).isZero();
		assertThat(windows.acquire("alice")).isZero();
		assertThat(windows.acquire("alice")).isEqualTo(45);
		now += 44_500;
		assertThat(windows.acquire("alice")).isEqualTo(1);
		now += 500;
		assertThat(windows.acquire("alice")).isZero();
	}

	@Test
	void countsEachKeyOnItsOwn() {
		for (int i = 0; i < 3; i++) {
			windows.acquire("alice");
		}
		assertThat(windows.acquire("alice")).isPositive();
		assertThat(windows.acquire("bob")).isZero();
	}

	@Test
	void forgetsKeysOnceTheirMinuteHasPassed() {
		windows.acquire("alice");
		windows.acquire("bob");
		assertThat(windows.keys()).isEqualTo(2);
		now += 60_000;
		windows.acquire("carol");
		assertThat(windows.keys()).isEqualTo(1);
	}
}
