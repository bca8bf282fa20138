package jp.tsunagu.taxonomy;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** One of the 14 partner systems of the 生活困窮者自立支援制度. */
public record PartnerSystem(String code, String labelJa, String labelEn) {

	static PartnerSystem from(MapAccessor node) {
		return new PartnerSystem(NodeValues.string(node, "code"), NodeValues.string(node, "labelJa"),
				NodeValues.string(node, "labelEn"));
	}
}
