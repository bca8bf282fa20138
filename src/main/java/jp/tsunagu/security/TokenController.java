package jp.tsunagu.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Conditional;
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

	private final Accounts accounts;

	private final TokenIssuer issuer;

	TokenController(Accounts accounts, TokenIssuer issuer) {
		this.accounts = accounts;
		this.issuer = issuer;
	}

	@PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> token(@RequestBody TokenRequest request) {
		if (request.username() == null || request.username().isBlank() || request.password() == null
				|| request.password().isEmpty()) {
			return Mono.just(error(HttpStatus.BAD_REQUEST, "invalid_request", "username and password are required"));
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

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String description) {
		return ResponseEntity.status(status).body(Map.of("error", code, "error_description", description));
	}
}
