package jp.tsunagu.analytics;

import java.time.Duration;

import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.security.Caller;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every analyst query, answered or not, goes to the audit log with its text and the number of rows that left the
 * hub, so that an attempt to take pseudonyms apart can be traced. An answer whose record cannot be written is not
 * given.
 */
@Component
class AnalystQueryLog {

	/** Rows of a query that was refused or failed. */
	static final int NO_ANSWER = -1;

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private final AuditLog audit;

	AnalystQueryLog(AuditLog audit) {
		this.audit = audit;
	}

	/** An answer about to be given; called off the event loop, throws when the record cannot be written. */
	void answered(Caller caller, String query, int rows) {
		audit.analystQuery(caller, query == null ? "" : query, rows).block(PATIENCE);
	}

	/** A query refused or failed: recorded as an attempt ({@link #NO_ANSWER} rows). */
	Mono<Void> refused(Caller caller, String query) {
		return audit.analystQuery(caller, query == null ? "" : query, NO_ANSWER);
	}
}
