package jp.tsunagu.area;

import java.util.List;

import jp.tsunagu.api.UserError;

final class AreaInputs {

	private AreaInputs() {
	}

	record AreaFilter(AreaKind kind, String within, String text) {

		static final AreaFilter NONE = new AreaFilter(null, null, null);
	}

	record CreateDistrictInput(String parentCode, String slug, String name, String nameKana, DistrictKind districtKind,
			Integer population) {
	}

	record CreateRegionInput(String prefectureCode, String slug, String name, String nameKana,
			List<String> municipalityCodes) {
	}

	record UpdateDistrictInput(String code, String name, String nameKana, DistrictKind districtKind,
			Integer population) {
	}

	record AreaPayload(Area area, List<UserError> errors) {
	}
}
