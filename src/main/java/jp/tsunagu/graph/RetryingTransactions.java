package jp.tsunagu.graph;

import java.time.Duration;

import jp.tsunagu.api.DatabaseFaults;
import org.springframework.transaction.reactive.TransactionCallback;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Transactions that run again, whole, when the database reports a transient conflict (a deadlock between
 * concurrent writes): up to {@link #ATTEMPTS} tries with a short random back-off, the way the driver's managed
 * transactions retry. Only the outermost transaction retries: one joined by an inner {@code transactional} is
 * rolled back with it and run again as part of it. When the tries are used up the last conflict goes to the caller
 * (answered as a retryable error).
 */
final class RetryingTransactions implements TransactionalOperator {

	static final int ATTEMPTS = 5;

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(20);

	private static final Duration LONGEST_BACKOFF = Duration.ofMillis(500);

	/** Marks the Reactor context inside a transaction that retries, so inner ones do not retry on their own. */
	private static final Object RETRYING = RetryingTransactions.class;

	private final TransactionalOperator transactions;

	RetryingTransactions(TransactionalOperator transactions) {
		this.transactions = transactions;
	}

	@Override
	public <T> Flux<T> execute(TransactionCallback<T> action) {
		return Flux.deferContextual(context -> context.hasKey(RETRYING) ? transactions.execute(action)
				: Flux.defer(() -> transactions.execute(action)).retryWhen(retry()).contextWrite(c -> c.put(RETRYING, true)));
	}

	@Override
	public <T> Mono<T> transactional(Mono<T> mono) {
		return Mono.deferContextual(context -> context.hasKey(RETRYING) ? transactions.transactional(mono)
				: Mono.defer(() -> transactions.transactional(mono)).retryWhen(retry()).contextWrite(c -> c.put(RETRYING, true)));
	}

	@Override
	public <T> Flux<T> transactional(Flux<T> flux) {
		return execute(transaction -> flux);
	}

	private static Retry retry() {
		return Retry.backoff(ATTEMPTS - 1, FIRST_BACKOFF)
			.maxBackoff(LONGEST_BACKOFF)
			.jitter(0.5)
			.filter(DatabaseFaults::transientConflict)
			.onRetryExhaustedThrow((spec, signal) -> signal.failure());
	}
}
