package jp.tsunagu.security;

import java.time.Instant;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;

/**
 * The token a WebSocket connection was opened with (graphql-transport-ws {@code connection_init}), kept for the life
 * of the connection, so that each event sent on it can be authorised again: {@link #current} answers the caller as
 * the account is now, or nothing once the token expired or the account was disabled.
 *
 * @param local whether the hub issued the token (its account is read again) or an identity provider did
 */
public record SubscriberCredentials(Caller caller, boolean local, Instant expiresAt) {

	/** The credentials of the connection a GraphQL request came over, or null over HTTP. */
	public static SubscriberCredentials of(GraphQLContext context) {
		return context.get(SubscriberCredentials.class);
	}

	/**
	 * The caller as they are now, or empty once the token expired or (for local tokens) the account was disabled: at
	 * once when it was disabled through this hub, within the {@link CallerCache}'s time to live otherwise.
	 */
	public Mono<Caller> current(LocalAccounts accounts, CallerCache callers) {
		if (expiresAt != null && Instant.now().isAfter(expiresAt)) {
			return Mono.empty();
		}
		return local ? callers.enabledAccount(caller.username(), () -> accounts.enabled(caller.username()))
				: Mono.just(caller);
	}
}
