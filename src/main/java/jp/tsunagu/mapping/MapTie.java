package jp.tsunagu.mapping;

import java.time.LocalDate;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.Relationship;

/**
 * A tie between two nodes of a map or a path, in its stored direction.
 *
 * @param role the member role of a MEMBER_OF tie, the staff role of WORKS_FOR, the runner role of RUNS, the kind of a
 * COLLABORATES_WITH tie; null otherwise
 * @param lastContact a SUPPORTS tie's last contact: a tie not used for long is a connection about to be lost
 */
public record MapTie(String from, String to, TieKind kind, String role, LocalDate since, LocalDate lastContact) {

	public String kindLabelJa() {
		return kind.labelJa();
	}

	/** A tie read from the graph, given the ids of its start and end nodes. */
	public static MapTie from(Relationship relationship, String fromId, String toId) {
		String role = NodeValues.string(relationship, "role");
		if (role == null) {
			role = NodeValues.string(relationship, "collaborationKind");
		}
		return new MapTie(fromId, toId, TieKind.valueOf(relationship.type()), role, NodeValues.date(relationship, "since"),
				NodeValues.date(relationship, "lastContact"));
	}
}
