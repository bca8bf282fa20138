package jp.tsunagu.household;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jp.tsunagu.api.UserError;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/**
 * Writes one audit event per household read or written, and one per refused household mutation: who, when, through
 * which field, which fields, and on what grounds (role, record holder, consent). Called inside the transaction of the read or write it records, so if the
 * event cannot be written the read or write fails with it: nothing is seen unrecorded. The API has no way to change
 * or delete an event.
 */
@Component
public class HouseholdAudit {

	private static final String RECORD = """
			UNWIND $ids AS id
			MATCH (h:Household {id: id})
			CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $viewer.username, role: $viewer.role,
			        organizationId: $viewer.organizationId, action: $action, operation: $operation,
			        householdId: h.id, fields: $fields, arguments: $arguments, grounds: %s})
			RETURN count(*) AS recorded""".formatted(HouseholdScope.GROUNDS);

	private static final String REFUSAL = """
			CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $viewer.username, role: $viewer.role,
			        organizationId: $viewer.organizationId, action: 'WRITE_REFUSED', operation: $operation,
			        fields: $fields, grounds: [], arguments: $refusal})""";

	private final ReactiveNeo4jClient client;

	HouseholdAudit(ReactiveNeo4jClient client) {
		this.client = client;
	}

	public Mono<Void> read(HouseholdAccess access, Collection<String> householdIds) {
		return record(access, "READ", householdIds);
	}

	Mono<Void> written(HouseholdAccess access, String householdId) {
		return record(access, "WRITE", List.of(householdId));
	}

	/** A refused mutation: no household is named (the id given may be out of scope), the reasons are. */
	Mono<Void> refused(HouseholdAccess access, List<UserError> errors) {
		String refusal = errors.stream()
			.map(error -> String.join(".", error.field()) + ": " + error.message())
			.collect(Collectors.joining("; ", "refused: ", ""));
		return client.query(REFUSAL)
			.bindAll(of("viewer", access.viewer(), "operation", access.operation(), "fields", access.fields(), "refusal",
					refusal))
			.run()
			.then();
	}

	private Mono<Void> record(HouseholdAccess access, String action, Collection<String> householdIds) {
		if (householdIds.isEmpty()) {
			return Mono.empty();
		}
		return client.query(RECORD)
			.bindAll(of("ids", List.copyOf(householdIds), "viewer", access.viewer(), "action", action, "operation",
					access.operation(), "fields", access.fields(), "arguments", access.arguments()))
			.fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("recorded").asLong())
			.one()
			.flatMap(recorded -> recorded == householdIds.size() ? Mono.<Void>empty()
					: Mono.error(new IllegalStateException("audit recorded " + recorded + " of " + householdIds.size()
							+ " household reads; refusing the read")));
	}
}
