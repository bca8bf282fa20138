package jp.tsunagu.account;

import java.time.ZonedDateTime;

import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.neo4j.driver.types.MapAccessor;

/** A local account. Its password hash never leaves {@link Accounts}. */
public record Account(String username, Role role, String organizationId, String personId, boolean enabled,
		ZonedDateTime createdAt) {

	static Account from(MapAccessor node) {
		return new Account(NodeValues.string(node, "username"), Role.valueOf(NodeValues.string(node, "role")),
				NodeValues.string(node, "organizationId"), NodeValues.string(node, "personId"),
				node.get("enabled").asBoolean(true), NodeValues.dateTime(node, "createdAt"));
	}

	Caller asCaller() {
		return new Caller(username, role, organizationId, personId);
	}

	/** Username doubles as the id of a Relay node for paging. */
	public String id() {
		return username;
	}
}
