package jp.tsunagu.mapping;

import jp.tsunagu.area.Area;
import jp.tsunagu.graph.Labelled;
import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.network.Activity;
import jp.tsunagu.network.Network;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.Person;
import org.neo4j.driver.types.Node;

/**
 * A node as a frontend draws it: its id, what it is, its name (a household's pseudonymous code), and its kind within
 * the kind (organisation kind, person kind, …) in Japanese.
 *
 * @param subKind e.g. COUNCIL for an organisation, COMMISSIONED_VOLUNTEER for a person; null for services and
 * households
 */
public record MapNode(String id, NodeKind kind, String name, String subKind, String subKindLabelJa) {

	public String kindLabelJa() {
		return kind.labelJa();
	}

	public static MapNode from(Node node) {
		NodeKind kind = NodeKind.of(node);
		Enum<?> subKind = switch (kind) {
			case ORGANIZATION -> Organization.from(node).kind();
			case PERSON -> Person.from(node).kind();
			case NETWORK -> Network.from(node).kind();
			case ACTIVITY -> Activity.from(node).kind();
			case AREA -> Area.from(node).kind();
			case SERVICE, HOUSEHOLD -> null;
		};
		String name = kind == NodeKind.HOUSEHOLD ? NodeValues.string(node, "code") : NodeValues.string(node, "name");
		return new MapNode(NodeValues.string(node, "id"), kind, name, subKind == null ? null : subKind.name(),
				subKind instanceof Labelled labelled ? labelled.labelJa() : null);
	}
}
