package jp.tsunagu.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.graph.NewestFirstQuery;
import jp.tsunagu.security.Caller;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/**
 * The audit store: AuditEvent nodes that the API only ever creates and lists. Household reads and writes are
 * recorded by the household feature in their own transactions; analyst queries are recorded here.
 */
@Repository
public class AuditLog {

	record AuditFilter(String actor, String householdId, String operation, AuditAction action, OffsetDateTime from,
			OffsetDateTime to) {

		static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);
	}

	private static final NewestFirstQuery LOG = new NewestFirstQuery("""
			MATCH (e:AuditEvent)
			WHERE ($actor IS NULL OR e.actor = $actor) AND ($householdId IS NULL OR e.householdId = $householdId)
			  AND ($operation IS NULL OR e.operation = $operation) AND ($action IS NULL OR e.action = $action)
			  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
			""", "e", "at");

	private static final NewestFirstQuery ACCOUNT_CHANGES = new NewestFirstQuery("""
			MATCH (e:AuditEvent {accountOrganizationId: $organizationId})
			WHERE e.action IN ['ACCOUNT_CREATED', 'ACCOUNT_ENABLED', 'ACCOUNT_DISABLED', 'PASSWORD_RESET']
			""", "e", "at");

	private final ReactiveNeo4jClient client;

	private final TransactionalOperator transaction;

	AuditLog(ReactiveNeo4jClient client, TransactionalOperator transaction) {
		this.client = client;
		this.transaction = transaction;
	}

	/**
	 * Records an analyst's Cypher: the query text itself, so that an attempt to take pseudonyms apart can be traced.
	 * Fails when the event cannot be written; the caller then refuses the answer.
	 */
	public Mono<Void> analystQuery(Caller caller, String query, int rows) {
		return transaction.transactional(client.query("""
				CREATE (e:AuditEvent {id: randomUUID(), at: datetime(), actor: $viewer.username, role: $viewer.role,
				        organizationId: $viewer.organizationId, action: 'ANALYST_QUERY', operation: 'analystCypher',
				        fields: [], grounds: ['ANALYST'], query: $query, rows: $rows})
				RETURN e.id AS id""")
			.bindAll(of("viewer", caller.asParameter(), "query", query, "rows", rows))
			.fetch()
			.one())
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("the analyst query could not be audited")))
			.then();
	}

	/** Changes to the accounts scoped to the caller's organisation; none for a caller without one. */
	Mono<Connection<AuditEvent>> accountChanges(Caller caller, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("organizationId", caller.organizationId());
		return ACCOUNT_CHANGES.fetch(client, parameters, page, value -> AuditEvent.from(value.asNode()),
				event -> event.at().toString(), AuditEvent::id);
	}

	Mono<Connection<AuditEvent>> list(AuditFilter filter, PageRequest page) {
		AuditFilter f = filter == null ? AuditFilter.NONE : filter;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("actor", f.actor());
		parameters.put("householdId", f.householdId());
		parameters.put("operation", f.operation());
		parameters.put("action", f.action() == null ? null : f.action().name());
		parameters.put("from", f.from());
		parameters.put("to", f.to());
		return LOG.fetch(client, parameters, page, value -> AuditEvent.from(value.asNode()),
				event -> event.at().toString(), AuditEvent::id);
	}
}
