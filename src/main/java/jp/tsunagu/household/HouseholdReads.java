package jp.tsunagu.household;

import java.util.List;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.HouseholdInputs.HouseholdFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Scoped reads of households, each recorded in the audit log in the same transaction as the read. */
@Service
class HouseholdReads {

	private final HouseholdQueries queries;

	private final HouseholdAudit audit;

	private final TransactionalOperator transaction;

	HouseholdReads(HouseholdQueries queries, HouseholdAudit audit, TransactionalOperator transaction) {
		this.queries = queries;
		this.audit = audit;
		this.transaction = transaction;
	}

	Mono<Household> byId(HouseholdAccess access, String id) {
		return transaction.transactional(
				queries.byId(access, id).flatMap(household -> audit.read(access, List.of(household.id())).thenReturn(household)));
	}

	Mono<Connection<Household>> list(HouseholdAccess access, HouseholdFilter filter, PageRequest page) {
		return transaction.transactional(queries.list(access, filter, page)
			.flatMap(connection -> audit
				.read(access, connection.edges().stream().map(edge -> edge.node().id()).toList())
				.thenReturn(connection)));
	}
}
