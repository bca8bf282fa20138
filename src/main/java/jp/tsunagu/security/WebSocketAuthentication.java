package jp.tsunagu.security;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * GraphQL over WebSocket (graphql-transport-ws): a browser cannot set headers on a WebSocket, so the bearer token
 * comes in the {@code connection_init} payload, {@code {"Authorization": "Bearer <token>"}}. It is verified as an
 * HTTP request's token is; a connection without a valid one is closed (4401). Every request on the connection then
 * runs as that caller, with the {@link SubscriberCredentials} to authorise each event again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

	private static final String CREDENTIALS = SubscriberCredentials.class.getName();

	private final ReactiveJwtDecoder decoder;

	private final CallerClaims claims;

	private final LocalAccounts accounts;

	WebSocketAuthentication(ReactiveJwtDecoder decoder, CallerClaims claims, LocalAccounts accounts) {
		this.decoder = decoder;
		this.claims = claims;
		this.accounts = accounts;
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
		Object header = payload.getOrDefault("Authorization", payload.get("authorization"));
		if (!(header instanceof String bearer) || !bearer.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Mono.error(new BadCredentialsException(
					"connection_init needs the token: {\"Authorization\": \"Bearer <token>\"}"));
		}
		return decoder.decode(bearer.substring(7).strip())
			.flatMap(jwt -> SecurityConfiguration.caller(jwt, claims, accounts)
				.map(authentication -> new SubscriberCredentials(((CallerAuthentication) authentication).caller(),
						SecurityConfiguration.LOCAL_ISSUER.equals(jwt.getClaimAsString("iss")), jwt.getExpiresAt())))
			.doOnNext(credentials -> session.getAttributes().put(CREDENTIALS, credentials))
			.then(Mono.empty());
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest webSocket
				&& webSocket.getSessionInfo().getAttributes().get(CREDENTIALS) instanceof SubscriberCredentials credentials) {
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(Map.<Object, Object>of(Caller.class, credentials.caller(), SubscriberCredentials.class,
						credentials))
				.build());
		}
		return chain.next(request);
	}
}
