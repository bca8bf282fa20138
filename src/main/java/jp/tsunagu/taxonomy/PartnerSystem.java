package jp.tsunagu.taxonomy;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/**
 * One of the 14 partner systems of the 生活困窮者自立支援制度.
 *
 * @param institutionsJa the institutions the seed names for it (地域包括支援センター等), null where it names none
 */
public record PartnerSystem(String code, String labelJa, String labelEn, String institutionsJa) {

	static PartnerSystem from(MapAccessor node) {
		return new PartnerSystem(NodeValues.string(node, "code"), NodeValues.string(node, "labelJa"),
				NodeValues.string(node, "labelEn"), NodeValues.string(node, "institutionsJa"));
	}
}
