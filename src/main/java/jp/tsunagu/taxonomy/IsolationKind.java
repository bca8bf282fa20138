package jp.tsunagu.taxonomy;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** One of the six kinds of social isolation (社会的孤立の6類型). */
public record IsolationKind(String code, String labelJa, String labelEn, String description) {

	public static IsolationKind from(MapAccessor node) {
		return new IsolationKind(NodeValues.string(node, "code"), NodeValues.string(node, "labelJa"),
				NodeValues.string(node, "labelEn"), NodeValues.string(node, "description"));
	}
}
