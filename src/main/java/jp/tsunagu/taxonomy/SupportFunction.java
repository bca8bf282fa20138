package jp.tsunagu.taxonomy;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** A function of 重層的支援体制整備事業 ("1".."6") or one of its sub-areas ("1.1", "3.2" …). */
public record SupportFunction(String code, int number, String labelJa, String labelEn, String description) {

	static SupportFunction from(MapAccessor node) {
		return new SupportFunction(NodeValues.string(node, "code"), NodeValues.integer(node, "number"),
				NodeValues.string(node, "labelJa"), NodeValues.string(node, "labelEn"),
				NodeValues.string(node, "description"));
	}
}
