package jp.tsunagu.area;

import java.util.Arrays;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.Node;

/** A prefecture, municipality, designated-city ward or district. */
public record Area(String id, String code, String name, String nameKana, AreaKind kind, DistrictKind districtKind,
		Long population, Double latitude, Double longitude) {

	/**
	 * From the id alone: equal records have equal ids, and a page's records are keys of the data loaders' maps, where
	 * hashing every component (date-times included) showed in the profile.
	 */
	@Override
	public int hashCode() {
		return java.util.Objects.hashCode(id);
	}

	public static Area from(Node node) {
		AreaKind kind = Arrays.stream(AreaKind.values())
			.filter(k -> node.hasLabel(k.nodeLabel()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Area node without a kind label: " + node.labels()));
		return new Area(NodeValues.string(node, "id"), NodeValues.string(node, "code"), NodeValues.string(node, "name"),
				NodeValues.string(node, "nameKana"), kind, NodeValues.enumValue(node, "districtKind", DistrictKind.class),
				NodeValues.longValue(node, "population"), NodeValues.decimal(node, "latitude"),
				NodeValues.decimal(node, "longitude"));
	}

	public String kindLabelJa() {
		return kind.labelJa();
	}

	public String districtKindLabelJa() {
		return districtKind == null ? null : districtKind.labelJa();
	}
}
