package jp.tsunagu.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Verified bearer tokens and the callers they stand for, kept for a few seconds ({@code tsunagu.security.caller-cache-ttl},
 * 5 s; never beyond the token's expiry), so that a client's stream of requests does not verify its token and read its
 * account again for each one. A change to an account through this hub ({@link #forget}) takes effect at the next
 * request; a change made elsewhere (another hub on the same database, the {@code account} command) within the
 * time to live. Only answers read from the account as it is now are kept: not those the hub took from a token's
 * claims alone while the database could not be reached.
 */
@Component
public class CallerCache {

	private static final int MAXIMUM_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	/** Enabled accounts by username, as long-lived connections (subscriptions) check them again. */
	private final Map<String, AccountEntry> accounts = new ConcurrentHashMap<>();

	/** Counts {@link #forget} calls: an answer read before a change is not kept after it. */
	private final AtomicLong changes = new AtomicLong();

	private final long timeToLiveNanos;

	private final LongSupplier nanoClock;

	@Autowired
	CallerCache(@Value("${tsunagu.security.caller-cache-ttl:5s}") Duration timeToLive) {
		this(timeToLive, System::nanoTime);
	}

	CallerCache(Duration timeToLive, LongSupplier nanoClock) {
		this.timeToLiveNanos = timeToLive.toNanos();
		this.nanoClock = nanoClock;
	}

	/** The authentication of this token: kept from a recent request, or verified now (and kept when it may be). */
	Mono<Authentication> authenticate(String token, Supplier<Mono<Authentication>> verify) {
		long now = nanoClock.getAsLong();
		Entry entry = entries.get(token);
		if (entry != null && now - entry.expiresAt() < 0) {
			return Mono.just(entry.authentication());
		}
		long changesBefore = changes.get();
		return verify.get().doOnNext(authentication -> keep(token, authentication, changesBefore));
	}

	/**
	 * The caller of an enabled account, kept from a recent check or read now ({@code read} answers empty for an account
	 * that is disabled or gone, which is never kept): a subscription checks its account again for every event without
	 * a read per event.
	 */
	public Mono<Caller> enabledAccount(String username, Supplier<Mono<Caller>> read) {
		long now = nanoClock.getAsLong();
		AccountEntry entry = accounts.get(username);
		if (entry != null && now - entry.expiresAt() < 0) {
			return Mono.just(entry.caller());
		}
		long changesBefore = changes.get();
		return read.get().doOnNext(caller -> {
			if (timeToLiveNanos <= 0) {
				return;
			}
			if (accounts.size() >= MAXIMUM_ENTRIES) {
				accounts.clear();
			}
			accounts.put(username, new AccountEntry(caller, nanoClock.getAsLong() + timeToLiveNanos));
			if (changes.get() != changesBefore) {
				accounts.remove(username);
			}
		});
	}

	/** Forgets every token of this account: call after a change to the account has been committed. */
	public void forget(String username) {
		changes.incrementAndGet();
		entries.values().removeIf(entry -> username.equals(entry.authentication().getName()));
		accounts.remove(username);
	}

	private void keep(String token, Authentication authentication, long changesBefore) {
		if (timeToLiveNanos <= 0 || !(authentication instanceof CallerAuthentication caller) || !caller.current()) {
			return;
		}
		long now = nanoClock.getAsLong();
		long expiresAt = now + timeToLiveNanos;
		Instant tokenExpiry = caller.getToken().getExpiresAt();
		if (tokenExpiry != null) {
			long untilTokenExpiry = Duration.between(Instant.now(), tokenExpiry).toNanos();
			if (untilTokenExpiry <= 0) {
				return;
			}
			expiresAt = now + Math.min(timeToLiveNanos, untilTokenExpiry);
		}
		if (entries.size() >= MAXIMUM_ENTRIES) {
			entries.values().removeIf(old -> now - old.expiresAt() >= 0);
			if (entries.size() >= MAXIMUM_ENTRIES) {
				entries.clear();
			}
		}
		entries.put(token, new Entry(authentication, expiresAt));
		if (changes.get() != changesBefore) {
			// an account changed while this one was read: it may be the one, so it is not kept
			entries.remove(token);
		}
	}

	private record Entry(Authentication authentication, long expiresAt) {
	}

	private record AccountEntry(Caller caller, long expiresAt) {
	}
}
