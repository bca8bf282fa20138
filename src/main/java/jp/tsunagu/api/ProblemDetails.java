package jp.tsunagu.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/** What an error status means at the hub, for a refusal whose handler gave no reason of its own. */
final class ProblemDetails {

	private static final Pattern ERROR_DESCRIPTION = Pattern.compile("error_description=\"([^\"]*)\"");

	private ProblemDetails() {
	}

	static String of(int status, ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		HttpHeaders answered = exchange.getResponse().getHeaders();
		String path = request.getPath().value();
		return switch (status) {
			case 400 -> "リクエストの形式が正しくありません。 / The request is malformed: " + expected(path);
			case 401 -> "認証が必要です。 / Sign-in required: " + unauthorizedCause(answered)
					+ "; send Authorization: Bearer <token> from POST /auth/token";
			case 403 -> "権限がありません。 / This caller may not use " + path
					+ " (the actuator beyond health and info is for administrators)";
			case 404 -> "見つかりません。 / Nothing at " + path + "; the API is POST /graphql";
			case 405 -> "このメソッドは使えません。 / " + request.getMethod() + " is not allowed at " + path
					+ (answered.getAllow().isEmpty() ? "" : "; allowed: " + answered.getAllow());
			case 406 -> "応答形式が合いません。 / None of the accepted media types " + request.getHeaders().getAccept()
					+ " can be answered at " + path + "; accept application/json";
			case 413 -> "リクエストが大きすぎます。 / The request body is too large for " + path;
			case 415 -> "Content-Type が正しくありません。 / Content-Type "
					+ (request.getHeaders().getContentType() == null ? "(none)" : request.getHeaders().getContentType())
					+ " is not accepted at " + path + "; send " + MediaType.APPLICATION_JSON_VALUE;
			case 429 -> "リクエストが多すぎます。 / Too many requests"
					+ (answered.getFirst(HttpHeaders.RETRY_AFTER) == null ? ""
							: "; retry in " + answered.getFirst(HttpHeaders.RETRY_AFTER) + " s");
			case 503 -> "ただいま利用できません。 / The hub cannot answer now (shutting down, or its database is away); "
					+ "retry shortly";
			default -> "The request to " + path + " was refused with status " + status;
		};
	}

	private static String expected(String path) {
		if (path.startsWith("/auth/")) {
			return "send POST with a JSON body {\"username\": …, \"password\": …}";
		}
		return "send POST with a JSON body {\"query\": \"…\", \"variables\": {…}}";
	}

	/** Spring Security's bearer-token entry point says what was wrong in its WWW-Authenticate header. */
	private static String unauthorizedCause(HttpHeaders answered) {
		String challenge = answered.getFirst(HttpHeaders.WWW_AUTHENTICATE);
		if (challenge != null) {
			Matcher description = ERROR_DESCRIPTION.matcher(challenge);
			if (description.find()) {
				return description.group(1);
			}
		}
		return "the token is missing, invalid, expired, or its account is disabled";
	}
}
