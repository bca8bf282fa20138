package jp.tsunagu.subsidy;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** One row of 図表4: a population band and its base amount (補助基準額). */
record SubsidyBand(String code, String labelJa, String labelEn, long minPopulation, Long maxPopulation,
		long baseAmountYen) {

	static SubsidyBand from(MapAccessor node) {
		return new SubsidyBand(NodeValues.string(node, "code"), NodeValues.string(node, "labelJa"),
				NodeValues.string(node, "labelEn"), NodeValues.longValue(node, "minPopulation"),
				NodeValues.longValue(node, "maxPopulation"), NodeValues.longValue(node, "baseAmountYen"));
	}

	boolean holds(long population) {
		return population >= minPopulation && (maxPopulation == null || population <= maxPopulation);
	}
}
