package jp.tsunagu.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final AtomicLong now = new AtomicLong(1_000_000);

	private final SignInThrottle throttle = new SignInThrottle(new SignInProperties(3, Duration.ofSeconds(1),
			Duration.ofSeconds(60), 10, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofHours(1), 1000),
			new FakeClock());

	@Test
	void aPairWaitsAfterItsFreeFailuresTwiceAsLongEachTimeUpToTheMaximum() {
		fail("admin", "203.0.113.9", 2);
		assertThat(throttle.waitFor("admin", "203.0.113.9")).isZero();

		long[] waits = new long[9];
		for (int i = 0; i < waits.length; i++) {
			fail("admin", "203.0.113.9", 1);
			waits[i] = throttle.waitFor("admin", "203.0.113.9").toSeconds();
			now.addAndGet(waits[i] * 1000);
		}

		assertThat(waits).containsExactly(1, 2, 4, 8, 16, 32, 60, 60, 60);
	}

	@Test
	void anotherSourceOfTheSameNameDoesNotWaitAndASuccessForgetsThePairsFailures() {
		fail("admin", "203.0.113.9", 4);

		assertThat(throttle.waitFor("admin", "203.0.113.9")).isPositive();
		assertThat(throttle.waitFor("admin", "198.51.100.7")).isZero();
		assertThat(throttle.waitFor("someone.else", "203.0.113.9")).isZero();

		throttle.succeeded("admin", "198.51.100.7");
		now.addAndGet(10_000);
		throttle.succeeded("admin", "203.0.113.9");
		fail("admin", "203.0.113.9", 2);
		assertThat(throttle.waitFor("admin", "203.0.113.9")).isZero();
	}

	@Test
	void aNameUnderPressureFromManySourcesSlowsEveryAnswerAndGivesEachSourceOneFailure() {
		for (int i = 0; i < 10; i++) {
			fail("admin", "10.0.0." + i, 1);
		}
		assertThat(throttle.slowDown("admin")).isZero();
		assertThat(throttle.waitFor("admin", "10.0.0.1")).isZero();

		fail("admin", "10.0.1.1", 1);

		assertThat(throttle.slowDown("admin")).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.slowDown("someone.else")).isZero();
		assertThat(throttle.waitFor("admin", "10.0.1.1")).isPositive();
		assertThat(throttle.waitFor("admin", "192.0.2.1")).isZero();

		now.addAndGet(Duration.ofMinutes(15).toMillis());
		assertThat(throttle.slowDown("admin")).isZero();
	}

	@Test
	void namesAreCountedWhateverTheirCase() {
		fail("Admin", "203.0.113.9", 2);
		fail("ADMIN", "203.0.113.9", 1);

		assertThat(throttle.waitFor("admin", "203.0.113.9")).isPositive();
	}

	private void fail(String name, String source, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(name, source);
		}
	}

	private final class FakeClock implements InstantSource {

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(now.get());
		}
	}
}
