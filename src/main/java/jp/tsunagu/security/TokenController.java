package jp.tsunagu.security;

import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /auth/token} with {@code {"username": …, "password": …}}: an access token for a local account, to send
 * as {@code Authorization: Bearer …}. Errors name what is wrong without telling which of name or password was. Failed
 * attempts slow down the name and source address they came from ({@link SignInThrottle}), answered 429 with
 * {@code Retry-After}.
 */
@RestController
@Conditional(LocalAccountsCondition.class)
@EnableConfigurationProperties(SignInProperties.class)
class TokenController {

	record TokenRequest(String username, String password) {
	}

	private final LocalAccounts accounts;

	private final TokenIssuer issuer;

	private final SignInThrottle throttle;

	TokenController(LocalAccounts accounts, TokenIssuer issuer, SignInProperties signIn) {
		this.accounts = accounts;
		this.issuer = issuer;
		this.throttle = new SignInThrottle(signIn, InstantSource.system());
	}

	@PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	Mono<ResponseEntity<Map<String, Object>>> token(@RequestBody TokenRequest request, ServerHttpRequest http) {
		if (request.username() == null || request.username().isBlank() || request.password() == null
				|| request.password().isEmpty()) {
			return Mono.just(error(HttpStatus.BAD_REQUEST, "invalid_request", "username and password are required"));
		}
		String source = http.getRemoteAddress() == null ? "unknown" : http.getRemoteAddress().getHostString();
		Duration wait = throttle.waitFor(request.username(), source);
		if (!wait.isZero()) {
			long retryAfter = (wait.toMillis() + 999) / 1000;
			ResponseEntity<Map<String, Object>> refused = error(HttpStatus.TOO_MANY_REQUESTS, "too_many_attempts",
					"too many failed sign-ins for this account from this address; retry in " + retryAfter + " s");
			return Mono.just(ResponseEntity.status(refused.getStatusCode())
				.headers(refused.getHeaders())
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
				.body(refused.getBody()));
		}
		return accounts.authenticate(request.username(), request.password())
			.map(caller -> {
				throttle.succeeded(request.username(), source);
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("access_token", issuer.issue(caller));
				body.put("token_type", "Bearer");
				body.put("expires_in", issuer.lifetime().toSeconds());
				body.put("role", caller.role().name());
				return ResponseEntity.ok(body);
			})
			.switchIfEmpty(Mono.fromSupplier(() -> {
				throttle.failed(request.username(), source);
				return error(HttpStatus.UNAUTHORIZED, "invalid_grant", "unknown or disabled account, or wrong password");
			}))
			.delayUntil(answer -> {
				Duration slowDown = throttle.slowDown(request.username());
				return slowDown.isZero() ? Mono.empty() : Mono.delay(slowDown);
			});
	}

	/**
	 * An RFC 9457 problem ({@code application/problem+json}) that also carries OAuth 2's {@code error} and
	 * {@code error_description}, so that either kind of client reads it.
	 */
	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String description) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", description);
		body.put("error", code);
		body.put("error_description", description);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}
}
