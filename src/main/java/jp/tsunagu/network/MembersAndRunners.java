package jp.tsunagu.network;

import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.Person;
import org.neo4j.driver.types.Node;

/** Reads the ends of ties that may be one of two kinds into the records the GraphQL unions resolve by. */
final class MembersAndRunners {

	private MembersAndRunners() {
	}

	/** A network member: Organization | Person. */
	static Object member(Node node) {
		if (node.hasLabel("Organization")) {
			return Organization.from(node);
		}
		if (node.hasLabel("Person")) {
			return Person.from(node);
		}
		throw new IllegalStateException("A network member is an organisation or a person, not " + node.labels());
	}

	/** An activity runner: Organization | Network. */
	static Object runner(Node node) {
		if (node.hasLabel("Organization")) {
			return Organization.from(node);
		}
		if (node.hasLabel("Network")) {
			return Network.from(node);
		}
		throw new IllegalStateException("An activity runner is an organisation or a network, not " + node.labels());
	}

	static String idOf(Object member) {
		if (member instanceof Organization organization) {
			return organization.id();
		}
		if (member instanceof Person person) {
			return person.id();
		}
		return ((Network) member).id();
	}

	static String nameOf(Object member) {
		if (member instanceof Organization organization) {
			return organization.name();
		}
		if (member instanceof Person person) {
			return person.name();
		}
		return ((Network) member).name();
	}
}
