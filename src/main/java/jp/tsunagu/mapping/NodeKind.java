package jp.tsunagu.mapping;

import jp.tsunagu.graph.Labelled;
import org.neo4j.driver.types.Node;

/** What a node on a map or a path is: the first label that tells it, in Japanese beside the API name. */
public enum NodeKind implements Labelled {

	ORGANIZATION("Organization", "組織"),
	PERSON("Person", "人"),
	NETWORK("Network", "ネットワーク"),
	ACTIVITY("Activity", "事業・活動"),
	SERVICE("Service", "社会資源"),
	AREA("Area", "地域"),
	HOUSEHOLD("Household", "世帯");

	private final String nodeLabel;

	private final String labelJa;

	NodeKind(String nodeLabel, String labelJa) {
		this.nodeLabel = nodeLabel;
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** The Neo4j label of nodes of this kind. */
	public String nodeLabel() {
		return nodeLabel;
	}

	public static NodeKind of(Node node) {
		for (NodeKind kind : values()) {
			if (node.hasLabel(kind.nodeLabel)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Not a node of a map: " + node.labels());
	}
}
