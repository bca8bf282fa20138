package jp.tsunagu.household;

import java.time.LocalDate;

import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.Person;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/**
 * A SUPPORTS tie.
 *
 * @param supporter an {@link Organization} or a {@link Person}: the GraphQL union resolves by class name
 */
public record Support(Object supporter, LocalDate since, LocalDate lastContact) {

	public static Support of(Node supporter, MapAccessor tie) {
		return new Support(supporterFrom(supporter), NodeValues.date(tie, "since"), NodeValues.date(tie, "lastContact"));
	}

	private static Object supporterFrom(Node node) {
		if (node.hasLabel("Organization")) {
			return Organization.from(node);
		}
		if (node.hasLabel("Person")) {
			return Person.from(node);
		}
		throw new IllegalStateException("A supporter is an organisation or a person, not " + node.labels());
	}
}
