package jp.tsunagu.network;

import java.time.LocalDate;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/**
 * A MEMBER_OF tie.
 *
 * @param member an {@link jp.tsunagu.organization.Organization} or a {@link jp.tsunagu.person.Person}: the GraphQL
 * union resolves by class name
 */
public record Membership(Network network, Object member, MemberRole role, LocalDate since) {

	static Membership of(Network network, Object member, MapAccessor tie) {
		return new Membership(network, member, NodeValues.enumValue(tie, "role", MemberRole.class),
				NodeValues.date(tie, "since"));
	}

	public String roleLabelJa() {
		return role.labelJa();
	}
}
