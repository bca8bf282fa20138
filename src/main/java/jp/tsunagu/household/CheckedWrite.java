package jp.tsunagu.household;

import java.util.function.Function;
import java.util.function.Supplier;

import jp.tsunagu.api.UserErrors;
import org.reactivestreams.Publisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The shape of every household mutation: run all checks, then write only if none failed, reads and write in one
 * transaction so that nothing changes between checking and writing. Both outcomes are audited: a write as WRITE, a
 * refusal as WRITE_REFUSED with what was refused, so that probing by refused mutations leaves a trace.
 */
@Component
class CheckedWrite {

	private final TransactionalOperator transaction;

	private final HouseholdAudit audit;

	CheckedWrite(TransactionalOperator transaction, HouseholdAudit audit) {
		this.transaction = transaction;
		this.audit = audit;
	}

	/**
	 * @param access who writes; the write is recorded in the audit log in the same transaction
	 * @param checks records every problem in the errors it is given; may run queries (they complete before the write)
	 * @param write the write, returning the household as written
	 */
	Mono<HouseholdPayload> run(HouseholdAccess access, Function<UserErrors, Publisher<?>> checks,
			Supplier<Mono<Household>> write) {
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			return Flux.from(checks.apply(errors))
				.then(Mono.defer(() -> errors.isEmpty() ? written(access, write.get())
						: audit.refused(access, errors.list()).thenReturn(HouseholdPayload.failure(errors))));
		}));
	}

	private Mono<HouseholdPayload> written(HouseholdAccess access, Mono<Household> write) {
		// the checks found everything the write needs, so an empty result is a bug: fail and roll back
		return write.switchIfEmpty(Mono.error(() -> new IllegalStateException("a checked household write matched nothing")))
			.flatMap(household -> audit.written(access, household.id()).thenReturn(household))
			.map(HouseholdPayload::success);
	}
}
