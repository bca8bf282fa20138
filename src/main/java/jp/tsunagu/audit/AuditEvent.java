package jp.tsunagu.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** One recorded use of household data, or change of an account. */
record AuditEvent(String id, OffsetDateTime at, String actor, String role, String organizationId, AuditAction action,
		String operation, String householdId, List<String> fields, List<String> grounds, String query, String arguments,
		String account, String accountRole, String accountOrganizationId) {

	static AuditEvent from(MapAccessor node) {
		return new AuditEvent(NodeValues.string(node, "id"), NodeValues.dateTime(node, "at").toOffsetDateTime(),
				NodeValues.string(node, "actor"), NodeValues.string(node, "role"),
				NodeValues.string(node, "organizationId"), AuditAction.valueOf(NodeValues.string(node, "action")),
				NodeValues.string(node, "operation"), NodeValues.string(node, "householdId"),
				NodeValues.strings(node, "fields"), NodeValues.strings(node, "grounds"), NodeValues.string(node, "query"),
				NodeValues.string(node, "arguments"), NodeValues.string(node, "account"),
				NodeValues.string(node, "accountRole"), NodeValues.string(node, "accountOrganizationId"));
	}
}
