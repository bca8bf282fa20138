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

	/** What the status means, in the language the request prefers (Accept-Language). */
	static String of(int status, ServerWebExchange exchange) {
		return meaning(status, exchange).in(Language.from(exchange.getRequest().getHeaders()));
	}

	private static Bilingual meaning(int status, ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		HttpHeaders answered = exchange.getResponse().getHeaders();
		String path = request.getPath().value();
		boolean signIn = path.startsWith("/auth/");
		return switch (status) {
			case 400 -> new Bilingual("リクエストの形式が正しくありません。" + (signIn
					? "POST で JSON の本文 {\"username\": …, \"password\": …} を送ってください"
					: "POST で JSON の本文 {\"query\": \"…\", \"variables\": {…}} を送ってください"),
					"The request is malformed: " + (signIn ? "send POST with a JSON body {\"username\": …, \"password\": …}"
							: "send POST with a JSON body {\"query\": \"…\", \"variables\": {…}}"));
			case 401 -> {
				String cause = unauthorizedCause(answered);
				yield new Bilingual("認証が必要です" + (cause == null ? "（トークンがないか、正しくないか、期限切れか、アカウントが無効です）"
						: "（" + cause + "）") + "。POST /auth/token で得たトークンを Authorization: Bearer <token> で送ってください",
						"Sign-in required: " + (cause == null
								? "the token is missing, invalid, expired, or its account is disabled" : cause)
								+ "; send Authorization: Bearer <token> from POST /auth/token");
			}
			case 403 -> new Bilingual("権限がありません。この利用者は " + path + " を使えません（ヘルスと情報のほかのアクチュエーターは管理者用です）",
					"This caller may not use " + path + " (the actuator beyond health and info is for administrators)");
			case 404 -> new Bilingual("見つかりません。" + path + " には何もありません。API は POST /graphql です",
					"Nothing at " + path + "; the API is POST /graphql");
			case 405 -> new Bilingual("このメソッドは使えません。" + path + " では " + request.getMethod() + " は使えません"
					+ (answered.getAllow().isEmpty() ? "" : "（使えるのは " + answered.getAllow() + "）"),
					request.getMethod() + " is not allowed at " + path
							+ (answered.getAllow().isEmpty() ? "" : "; allowed: " + answered.getAllow()));
			case 406 -> new Bilingual("応答形式が合いません。" + path + " は受け付ける形式 " + request.getHeaders().getAccept()
					+ " のどれでも答えられません。application/json を受け付けてください",
					"None of the accepted media types " + request.getHeaders().getAccept() + " can be answered at " + path
							+ "; accept application/json");
			case 413 -> new Bilingual("リクエストが大きすぎます（" + path + "）",
					"The request body is too large for " + path);
			case 415 -> {
				Object type = request.getHeaders().getContentType() == null ? "(none)" : request.getHeaders().getContentType();
				yield new Bilingual("Content-Type が正しくありません。" + path + " は " + type + " を受け付けません。"
						+ MediaType.APPLICATION_JSON_VALUE + " で送ってください",
						"Content-Type " + type + " is not accepted at " + path + "; send " + MediaType.APPLICATION_JSON_VALUE);
			}
			case 429 -> {
				String retryAfter = answered.getFirst(HttpHeaders.RETRY_AFTER);
				yield new Bilingual("リクエストが多すぎます" + (retryAfter == null ? "" : "。" + retryAfter + " 秒後にやり直してください"),
						"Too many requests" + (retryAfter == null ? "" : "; retry in " + retryAfter + " s"));
			}
			case 503 -> new Bilingual("ただいま利用できません（停止中か、データベースに接続できません）。しばらくしてからやり直してください",
					"The hub cannot answer now (shutting down, or its database is away); retry shortly");
			default -> new Bilingual(path + " へのリクエストは状態 " + status + " で断られました",
					"The request to " + path + " was refused with status " + status);
		};
	}

	/** Spring Security's bearer-token entry point says what was wrong in its WWW-Authenticate header (or null). */
	private static String unauthorizedCause(HttpHeaders answered) {
		String challenge = answered.getFirst(HttpHeaders.WWW_AUTHENTICATE);
		if (challenge != null) {
			Matcher description = ERROR_DESCRIPTION.matcher(challenge);
			if (description.find()) {
				return description.group(1);
			}
		}
		return null;
	}
}
