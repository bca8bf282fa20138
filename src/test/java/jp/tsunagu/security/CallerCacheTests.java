package jp.tsunagu.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class CallerCacheTests {

	private final AtomicLong now = new AtomicLong();

	private final CallerCache cache = new CallerCache(Duration.ofSeconds(5), now::get);

	private final AtomicInteger verified = new AtomicInteger();

	@Test
	void keepsAVerifiedCallerForItsTimeToLiveThenVerifiesAgain() {
		Authentication alice = authentication("alice", Instant.now().plusSeconds(3600), true);
		assertThat(authenticate("token-a", alice)).isSameAs(alice);
		now.addAndGet(Duration.ofMillis(4900).toNanos());
		assertThat(authenticate("token-a", alice)).isSameAs(alice);
		assertThat(verified).hasValue(1);

		now.addAndGet(Duration.ofMillis(200).toNanos());
		authenticate("token-a", alice);
		assertThat(verified).hasValue(2);
	}

	@Test
	void forgettingAnAccountMakesEachOfItsTokensVerifyAgainAtOnceAndLeavesOthersKept() {
		Authentication alice = authentication("alice", Instant.now().plusSeconds(3600), true);
		Authentication bob = authentication("bob", Instant.now().plusSeconds(3600), true);
		authenticate("token-a1", alice);
		authenticate("token-a2", alice);
		authenticate("token-b", bob);

		cache.forget("alice");
		authenticate("token-a1", alice);
		authenticate("token-a2", alice);
		authenticate("token-b", bob);
		assertThat(verified).hasValue(5);
	}

	@Test
	void aSubscribersAccountIsReadOncePerTimeToLiveAgainAtOnceAfterAChangeAndADisabledOneIsNeverKept() {
		Caller alice = new Caller("alice", Role.MEMBER_STAFF, "org-1", null);
		AtomicInteger reads = new AtomicInteger();
		java.util.function.Supplier<Mono<Caller>> enabled = () -> Mono.fromSupplier(() -> {
			reads.incrementAndGet();
			return alice;
		});
		assertThat(cache.enabledAccount("alice", enabled).block()).isEqualTo(alice);
		now.addAndGet(Duration.ofMillis(4900).toNanos());
		assertThat(cache.enabledAccount("alice", enabled).block()).isEqualTo(alice);
		assertThat(reads).hasValue(1);

		cache.forget("alice");
		java.util.function.Supplier<Mono<Caller>> disabled = () -> Mono.fromRunnable(reads::incrementAndGet);
		assertThat(cache.enabledAccount("alice", disabled).blockOptional()).isEmpty();
		assertThat(cache.enabledAccount("alice", disabled).blockOptional()).isEmpty();
		assertThat(reads).hasValue(3);

		assertThat(cache.enabledAccount("alice", enabled).block()).isEqualTo(alice);
		now.addAndGet(Duration.ofMillis(5100).toNanos());
		cache.enabledAccount("alice", enabled).block();
		assertThat(reads).as("read again once the time to live is over").hasValue(5);
	}

	@Test
	void aCallerTakenFromTheTokensClaimsAloneIsNotKept() {
		Authentication claimsOnly = authentication("alice", Instant.now().plusSeconds(3600), false);
		authenticate("token-a", claimsOnly);
		authenticate("token-a", claimsOnly);
		assertThat(verified).hasValue(2);
	}

	@Test
	void aTokenIsNotKeptBeyondItsExpiry() {
		Authentication expiring = authentication("alice", Instant.now().plusMillis(1500), true);
		authenticate("token-a", expiring);
		now.addAndGet(Duration.ofSeconds(2).toNanos());
		authenticate("token-a", expiring);
		assertThat(verified).hasValue(2);
	}

	@Test
	void anAnswerReadWhileTheAccountChangedIsNotKept() {
		Authentication alice = authentication("alice", Instant.now().plusSeconds(3600), true);
		cache.authenticate("token-a", () -> {
			verified.incrementAndGet();
			// the account is disabled (and forgotten) after this answer was read, before it is kept
			return Mono.just(alice).doOnNext(read -> cache.forget("alice"));
		}).block();
		authenticate("token-a", alice);
		assertThat(verified).hasValue(2);
	}

	private Authentication authenticate(String token, Authentication answer) {
		return cache.authenticate(token, () -> {
			verified.incrementAndGet();
			return Mono.just(answer);
		}).block();
	}

	private static Authentication authentication(String username, Instant expiresAt, boolean current) {
		Jwt jwt = Jwt.withTokenValue("t-" + username)
			.header("alg", "HS256")
			.subject(username)
			.issuedAt(Instant.now().minusSeconds(1))
			.expiresAt(expiresAt)
			.build();
		return new CallerAuthentication(jwt, new Caller(username, Role.ANALYST, null, null), current);
	}
}
