package jp.tsunagu.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.generator.NationalPlan.City;
import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.generator.Organizations.CityOrganizations;
import jp.tsunagu.generator.Organizations.Facility;
import jp.tsunagu.generator.Organizations.Org;
import jp.tsunagu.generator.Places.Prefecture;
import jp.tsunagu.organization.OrganizationKind;

/** Rows of the organisations: the national and prefectural 社協, then each chosen municipality's organisations. */
final class OrganizationRows {

	static final String DESCRIPTION = "生成データ（架空）: 規模試験用の全国ネットワークの一部。実在の団体ではありません。";

	private final Organizations organizations;

	OrganizationRows(Organizations organizations) {
		this.organizations = organizations;
	}

	List<Map<String, Object>> national(NationalPlan plan) {
		List<String> prefectureCodes = plan.prefectures().stream().map(Prefecture::code).toList();
		String tokyo = prefectureCodes.contains("130001") ? "130001" : prefectureCodes.get(0);
		return List.of(row(organizations.nationalCouncil(tokyo, prefectureCodes)));
	}

	List<Map<String, Object>> prefecture(Prefecture prefecture, int index) {
		List<Map<String, Object>> rows = new ArrayList<>(List.of(row(organizations.prefecturalCouncil(prefecture, index)),
				row(organizations.legalSupport(prefecture))));
		organizations.helloWorksOutsideTheRun(prefecture).forEach(office -> rows.add(row(office)));
		return rows;
	}

	List<Map<String, Object>> city(City city) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (city.designated()) {
			CityOrganizations own = organizations.city(city);
			rows.add(row(own.council()));
			rows.add(row(own.office()));
			rows.add(row(own.coreDisability()));
		}
		for (Unit unit : city.units()) {
			organizations.of(unit).all().forEach(org -> rows.add(row(org)));
		}
		return rows;
	}

	static Map<String, Object> row(Org org) {
		List<Map<String, Object>> facilities = new ArrayList<>();
		for (Facility f : org.facilities()) {
			facilities.add(StepRows.row("id", f.id(), "name", f.name(), "facilityField", f.field().name(), "fieldCode",
					f.topic().fields().get(0)));
		}
		OrganizationKind kind = org.kind();
		return StepRows.row("id", org.id(), "label", kind.nodeLabel(), "kind", kind.name(), "councilLevel",
				kind == OrganizationKind.COUNCIL ? org.subtype() : null, "agencyType",
				kind == OrganizationKind.SUPPORT_AGENCY ? org.subtype() : null, "groupType",
				kind == OrganizationKind.RESIDENT_GROUP ? org.subtype() : null, "name", org.name(), "corporateNumber",
				org.corporateNumber(), "description", DESCRIPTION, "location", org.location(), "serves", org.serves(),
				"fields", org.fields(), "facilities", facilities);
	}
}
