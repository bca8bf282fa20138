package jp.tsunagu.taxonomy;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** A field (分野) an organisation works in. */
public record Field(String code, String labelJa, String labelEn) {

	public static Field from(MapAccessor node) {
		return new Field(NodeValues.string(node, "code"), NodeValues.string(node, "labelJa"),
				NodeValues.string(node, "labelEn"));
	}
}
