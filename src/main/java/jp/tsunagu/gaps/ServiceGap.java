package jp.tsunagu.gaps;

import java.util.List;

import jp.tsunagu.area.Area;
import jp.tsunagu.service.Service;
import jp.tsunagu.taxonomy.Need;

/** A need the area lacks services for, with the nearest service outside it. */
record ServiceGap(Need need, ServiceGapKind kind, NearestService nearest, List<Need> coveredNarrower) {

	public String kindLabelJa() {
		return kind.labelJa();
	}

	/** @param distanceKm null when the area or the service's area has no coordinates */
	record NearestService(Service service, Area availableIn, Double distanceKm) {
	}
}
