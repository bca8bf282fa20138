package jp.tsunagu.audit;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
 * The audit store: AuditEvent nodes that the API only ever creates and lists. This class is their one writer: the
 * household feature records each household read and written through {@link #householdUse}, inside the transaction of
 * the read or write; analyst queries are recorded by {@link #analystQuery}.
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

	/**
	 * Creates one event per row; the rows bind {@code householdId} (null when the event names no household) and
	 * {@code grounds}.
	 */
	private static final String CREATE_EVENTS = """
			CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $viewer.username, role: $viewer.role,
			        organizationId: $viewer.organizationId, action: $action, operation: $operation,
			        householdId: householdId, fields: $fields, arguments: $arguments, grounds: grounds,
			        query: $query, rows: $rows})
			RETURN count(*) AS recorded""";

	private static final String ANALYST_QUERY = """
			WITH null AS householdId, ['ANALYST'] AS grounds
			""" + CREATE_EVENTS;

	private static final String ACCOUNT_CHANGE = """
			CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $viewer.username, role: $viewer.role,
			        organizationId: $viewer.organizationId, action: $action, operation: $operation, fields: $fields,
			        grounds: [], account: $account, accountRole: $accountRole, accountOrganizationId: $accountOrganizationId,
			        accountPersonId: $accountPersonId})
			RETURN count(*) AS recorded""";

	/** An event naming no household: a refused write, a file imported or exported. */
	private static final String REFUSED_WRITE = """
			WITH null AS householdId, [] AS grounds
			""" + CREATE_EVENTS;

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
		return record(ANALYST_QUERY, of("viewer", caller.asParameter(), "action", AuditAction.ANALYST_QUERY.name(),
				"operation", "analystCypher", "fields", List.of(), "arguments", null, "query", query, "rows", rows), 1,
				"an analyst query");
	}

	/**
	 * Records a use of households, one event each. Fails when not every event is written; the read or write it
	 * records then fails with it.
	 *
	 * @param viewer the caller as {@link Caller#asParameter()}
	 * @param grounds a Cypher list expression over the household {@code h} and {@code $viewer}: on what grounds the
	 * viewer sees it; fixed text, never caller input
	 */
	public Mono<Void> householdUse(Map<String, Object> viewer, AuditAction action, String operation, List<String> fields,
			String arguments, Collection<String> householdIds, String grounds) {
		if (householdIds.isEmpty()) {
			return Mono.empty();
		}
		String cypher = "UNWIND $ids AS id\nMATCH (h:Household {id: id})\nWITH h.id AS householdId, " + grounds
				+ " AS grounds\n" + CREATE_EVENTS;
		return record(cypher, of("ids", List.copyOf(householdIds), "viewer", viewer, "action", action.name(),
				"operation", operation, "fields", fields, "arguments", arguments, "query", null, "rows", null),
				householdIds.size(), "household " + action.name().toLowerCase());
	}

	/**
	 * Records an account's creation, enabling or disabling, or password reset, naming the account's organisation,
	 * whose staff see it ({@link #accountChanges}). Called in the transaction of the change.
	 */
	public Mono<Void> accountChange(Caller actor, String operation, AuditAction action, List<String> fields,
			String account, String accountRole, String accountOrganizationId, String accountPersonId) {
		return record(ACCOUNT_CHANGE, of("viewer", actor.asParameter(), "operation", operation, "action", action.name(),
				"fields", fields, "account", account, "accountRole", accountRole, "accountOrganizationId",
				accountOrganizationId, "accountPersonId", accountPersonId), 1, "an account change");
	}

	/**
	 * Records a refused household mutation: no household is named (the id given may be out of scope), the reasons
	 * are, as its arguments.
	 */
	public Mono<Void> householdWriteRefused(Map<String, Object> viewer, String operation, List<String> fields,
			String refusal) {
		return record(REFUSED_WRITE, of("viewer", viewer, "action", AuditAction.WRITE_REFUSED.name(), "operation",
				operation, "fields", fields, "arguments", refusal, "query", null, "rows", null), 1, "a refused write");
	}

	/**
	 * Records an import or export of a file: what kind, which file or scope and how it ended (as its arguments), and
	 * how many rows. No household is ever in a file the hub reads or writes.
	 */
	public Mono<Void> fileTransfer(Caller caller, AuditAction action, String operation, List<String> fields,
			String arguments, int rows) {
		return record(REFUSED_WRITE, of("viewer", caller.asParameter(), "action", action.name(), "operation", operation,
				"fields", fields, "arguments", arguments, "query", null, "rows", rows), 1, "a file " + operation);
	}

	private Mono<Void> record(String cypher, Map<String, Object> parameters, int expected, String what) {
		return transaction.transactional(client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("recorded").asLong())
			.one())
			.flatMap(recorded -> recorded == expected ? Mono.<Void>empty()
					: Mono.error(new IllegalStateException("audit recorded " + recorded + " of " + expected + " events of "
							+ what + "; refusing it")));
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
