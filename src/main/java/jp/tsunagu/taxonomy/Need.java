package jp.tsunagu.taxonomy;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** A need (地域生活課題) of the taxonomy; broader and narrower needs are resolved as fields. */
public record Need(String code, String labelJa, String labelEn, String description) {

	public static Need from(MapAccessor node) {
		return new Need(NodeValues.string(node, "code"), NodeValues.string(node, "labelJa"),
				NodeValues.string(node, "labelEn"), NodeValues.string(node, "description"));
	}
}
