package jp.tsunagu.organization;

import java.time.ZonedDateTime;

import jp.tsunagu.graph.Labelled;
import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** Any organisation of the network; kind-specific attributes are null for the other kinds. */
public record Organization(String id, String name, String nameKana, OrganizationKind kind, CouncilLevel councilLevel,
		FacilityField facilityField, AgencyType agencyType, ResidentGroupType groupType, String corporateNumber,
		String description, boolean generated, boolean archived, ZonedDateTime createdAt, ZonedDateTime updatedAt) {

	/**
	 * From the id alone: equal records have equal ids, and a page's records are keys of the data loaders' maps, where
	 * hashing every component (date-times included) showed in the profile.
	 */
	@Override
	public int hashCode() {
		return java.util.Objects.hashCode(id);
	}

	public static Organization from(MapAccessor node) {
		return new Organization(NodeValues.string(node, "id"), NodeValues.string(node, "name"),
				NodeValues.string(node, "nameKana"), NodeValues.enumValue(node, "kind", OrganizationKind.class),
				NodeValues.enumValue(node, "councilLevel", CouncilLevel.class),
				NodeValues.enumValue(node, "facilityField", FacilityField.class),
				NodeValues.enumValue(node, "agencyType", AgencyType.class),
				NodeValues.enumValue(node, "groupType", ResidentGroupType.class),
				NodeValues.string(node, "corporateNumber"), NodeValues.string(node, "description"),
				NodeValues.flag(node, "generated"), NodeValues.flag(node, "archived"),
				NodeValues.dateTime(node, "createdAt"), NodeValues.dateTime(node, "updatedAt"));
	}

	public String kindLabelJa() {
		return kind.labelJa();
	}

	public String councilLevelLabelJa() {
		return label(councilLevel);
	}

	public String facilityFieldLabelJa() {
		return label(facilityField);
	}

	public String agencyTypeLabelJa() {
		return label(agencyType);
	}

	public String groupTypeLabelJa() {
		return label(groupType);
	}

	private static String label(Labelled value) {
		return value == null ? null : value.labelJa();
	}
}
