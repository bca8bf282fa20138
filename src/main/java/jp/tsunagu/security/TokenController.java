package jp.tsunagu.security;

import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /auth/token} with {@code {"username": …, "password": …}}: an access token for a local account, to send
 * as {@code Authorization: Bearer …}. Errors name what is wrong without telling which of name or password was.
 */
@RestController
@Conditional(LocalAccountsCondition.class)
class TokenController {

	record TokenRequest(String username, String password) {
	}

	/** Guessing passwords is slow by bcrypt already; this bounds it per account name. */
	static final int ATTEMPTS_PER_MINUTE = 10;

	private final LocalAccounts accounts;

	private final TokenIssuer issuer;

	private final RateLimitWindows attempts = new RateLimitWindows(ATTEMPTS_PER_MINUTE, InstantSource.system());

	TokenController(LocalAccounts accounts, TokenIssuer issuer) {
		this.accounts = accounts;
		this.issuer = issuer;
	}

	@PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	Mono<ResponseEntity<Map<String, Object>>> token(@RequestBody TokenRequest request) {
		if (request.username() == null || request.username().isBlank() || request.password() == null
				|| request.password().isEmpty()) {
			return Mono.just(error(HttpStatus.BAD_REQUEST, "invalid_request", "username and password are required"));
		}
		long retryAfter = attempts.acquire("sign-in:" + request.username());
		if (retryAfter > 0) {
			ResponseEntity<Map<String, Object>> refused = error(HttpStatus.TOO_MANY_REQUESTS, "too_many_attempts",
					"more than " + ATTEMPTS_PER_MINUTE + " sign-in attempts a minute for this account; retry in "
							+ retryAfter + " s");
			return Mono.just(ResponseEntity.status(refused.getStatusCode())
				.headers(refused.getHeaders())
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
				.body(refused.getBody()));
		}
		return accounts.authenticate(request.username(), request.password())
			.map(caller -> {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("access_token", issuer.issue(caller));
				body.put("token_type", "Bearer");
				body.put("expires_in", issuer.lifetime().toSeconds());
				body.put("role", caller.role().name());
				return ResponseEntity.ok(body);
			})
			.defaultIfEmpty(error(HttpStatus.UNAUTHORIZED, "invalid_grant",
					"unknown or disabled account, or wrong password"));
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
