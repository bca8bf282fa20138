package jp.tsunagu.api;

import java.util.Map;

import graphql.ErrorClassification;

/**
 * The {@code classification} (and {@code code}) of an error the database caused without the request being wrong:
 * the same request may succeed later, so each names {@code retryAfterSeconds}.
 */
public enum DatabaseErrorType implements ErrorClassification {

	/** The database cannot be reached (stopped, restarting, network gone). */
	UNAVAILABLE("データベースに接続できません。しばらくしてから再度お試しください。"
			+ " / The database cannot be reached; try again in a few seconds."),

	/** Conflicting concurrent writes (a deadlock) went on after the hub's own retries; nothing was written. */
	RETRYABLE("同時に行われた他の書き込みと競合したため、書き込めませんでした（何も書き込まれていません）。もう一度送信してください。"
			+ " / The write conflicted with other writes at the same time and was not made (nothing was written);"
			+ " send it again.");

	private final String message;

	DatabaseErrorType(String message) {
		this.message = message;
	}

	public String message() {
		return message;
	}

	public long retryAfterSeconds() {
		return DatabaseOutage.PROBE_INTERVAL.toSeconds();
	}

	public Map<String, Object> extensions() {
		return Map.of("code", name(), "retryAfterSeconds", retryAfterSeconds());
	}
}
