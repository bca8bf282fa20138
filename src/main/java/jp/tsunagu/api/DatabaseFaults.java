package jp.tsunagu.api;

import java.net.ConnectException;
import java.util.function.Predicate;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What kind of database failure an exception is, whatever wraps it (Spring's translation keeps the driver's
 * exception as a cause): the database cannot be reached, a transient conflict worth retrying (a deadlock), or a
 * constraint the write broke.
 */
public final class DatabaseFaults {

	private static final String CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private DatabaseFaults() {
	}

	/** The database cannot be reached (down, restarting, network gone): the request may work later. */
	public static boolean unavailable(Throwable failure) {
		return anyCause(failure, cause -> cause instanceof ServiceUnavailableException
				|| cause instanceof SessionExpiredException || cause instanceof ConnectException
				|| cause instanceof CannotCreateTransactionException && !transientConflict(cause.getCause()));
	}

	/** A conflict with another transaction (deadlock, lock wait): running the whole transaction again may succeed. */
	public static boolean transientConflict(Throwable failure) {
		return anyCause(failure, cause -> cause instanceof TransientException transient_
				&& transient_.code() != null && !transient_.code().startsWith("Neo.TransientError.Transaction.Terminated")
				&& !transient_.code().startsWith("Neo.TransientError.Transaction.LockClientStopped"));
	}

	/** The write broke a uniqueness or existence constraint of the schema. */
	public static boolean constraintViolation(Throwable failure) {
		return anyCause(failure,
				cause -> cause instanceof ClientException client && CONSTRAINT_VIOLATION.equals(client.code()));
	}

	/** The constraint violation's message from the database, or null for another failure. */
	public static String constraintMessage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && CONSTRAINT_VIOLATION.equals(neo4j.code())) {
				return neo4j.getMessage();
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (test.test(cause)) {
				return true;
			}
		}
		return false;
	}
}
