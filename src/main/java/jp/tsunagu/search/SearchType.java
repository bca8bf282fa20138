package jp.tsunagu.search;

import java.util.function.Function;

import jp.tsunagu.network.Activity;
import jp.tsunagu.network.Network;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.service.Service;
import org.neo4j.driver.types.Node;

/** What search can find, each with its node label and how its node becomes an API object. */
enum SearchType {

	ORGANIZATION("Organization", Organization::from), SERVICE("Service", Service::from),
	NETWORK("Network", Network::from), ACTIVITY("Activity", Activity::from);

	final String label;

	private final Function<Node, Object> mapper;

	SearchType(String label, Function<Node, Object> mapper) {
		this.label = label;
		this.mapper = mapper;
	}

	static Object toResult(Node node) {
		for (SearchType type : values()) {
			if (node.hasLabel(type.label)) {
				return type.mapper.apply(node);
			}
		}
		throw new IllegalStateException("Search returned a node of no searchable kind: " + node.labels());
	}
}
