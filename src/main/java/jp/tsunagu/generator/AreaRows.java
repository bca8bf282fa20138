package jp.tsunagu.generator;

import static jp.tsunagu.generator.StepRows.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.generator.NationalPlan.City;
import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.generator.Organizations.District;
import jp.tsunagu.generator.Places.Place;
import jp.tsunagu.generator.Places.Prefecture;

/** Rows of the areas: every prefecture, the chosen municipalities with their wards, and their districts. */
final class AreaRows {

	private final Organizations organizations;

	AreaRows(Organizations organizations) {
		this.organizations = organizations;
	}

	Map<String, Object> prefecture(Prefecture p) {
		return row("code", p.code(), "id", areaId(p.code()), "name", p.name(), "nameKana", p.nameKana(), "nameEn",
				p.nameEn(), "iso", p.iso(), "latitude", p.latitude(), "longitude", p.longitude(), "population",
				p.population());
	}

	List<Map<String, Object>> municipality(City city) {
		return List.of(place(city.municipality(), "Municipality", city.prefecture().code()));
	}

	List<Map<String, Object>> wards(City city) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Unit unit : city.units()) {
			if (unit.ward()) {
				rows.add(place(unit.place(), "Ward", city.code()));
			}
		}
		return rows;
	}

	List<Map<String, Object>> districts(Unit unit) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (District d : organizations.of(unit).districts()) {
			rows.add(row("code", d.code(), "parent", unit.code(), "label", "District", "id", areaId(d.code()), "name",
					d.name(), "nameKana", null, "districtKind", d.kind().name(), "latitude", null, "longitude", null,
					"population", null));
		}
		return rows;
	}

	private Map<String, Object> place(Place place, String label, String parent) {
		return row("code", place.code(), "parent", parent, "label", label, "id", areaId(place.code()), "name", place.name(),
				"nameKana", place.nameKana(), "districtKind", null, "latitude", place.latitude(), "longitude",
				place.longitude(), "population", place.population());
	}

	/** Areas' ids depend on their code only: the same area keeps its id whatever seed generates around it. */
	private String areaId(String code) {
		return Seeds.id(0, "area", code);
	}
}
