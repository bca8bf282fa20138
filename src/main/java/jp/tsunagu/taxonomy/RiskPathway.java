package jp.tsunagu.taxonomy;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** A risk pathway (自殺の危機経路): a chain of needs that tend to follow one another. */
public record RiskPathway(String code, String labelJa, String labelEn) {

	public static RiskPathway from(MapAccessor node) {
		return new RiskPathway(NodeValues.string(node, "code"), NodeValues.string(node, "labelJa"),
				NodeValues.string(node, "labelEn"));
	}
}
