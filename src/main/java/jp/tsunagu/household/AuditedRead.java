package jp.tsunagu.household;

import java.util.Collection;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The shape of every read of household data, beside {@link CheckedWrite}: the scoped read and the audit events of the
 * households it returns, in one transaction, so that nothing is seen unrecorded.
 */
@Component
public class AuditedRead {

	private final HouseholdAudit audit;

	private final TransactionalOperator transaction;

	AuditedRead(HouseholdAudit audit, TransactionalOperator transaction) {
		this.audit = audit;
		this.transaction = transaction;
	}

	/**
	 * @param access who reads, through which field; every household the answer names is recorded under it
	 * @param read the read, scoped by {@link HouseholdScope}
	 * @param householdIds the households the answer shows
	 */
	public <T> Mono<T> run(HouseholdAccess access, Mono<T> read, Function<T, Collection<String>> householdIds) {
		return transaction.transactional(
				read.flatMap(answer -> audit.read(access, householdIds.apply(answer)).thenReturn(answer)));
	}
}
