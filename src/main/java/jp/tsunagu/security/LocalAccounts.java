package jp.tsunagu.security;

import reactor.core.publisher.Mono;

/**
 * The hub's own accounts as sign-in sees them. The account feature provides them, so that security, part of the
 * kernel, does not depend on a feature.
 */
public interface LocalAccounts {

	/** The account's caller when the password matches and the account is enabled. */
	Mono<Caller> authenticate(String username, String password);

	/** The account as it is now, if enabled: a local token is only as good as the account behind it. */
	Mono<Caller> enabled(String username);
}
