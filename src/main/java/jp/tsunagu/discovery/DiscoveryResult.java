package jp.tsunagu.discovery;

import java.util.List;

import jp.tsunagu.area.Area;
import jp.tsunagu.mapping.TiePath;
import jp.tsunagu.service.Service;
import jp.tsunagu.taxonomy.Need;

/** A ranked service for a household or for needs in an area, with the reasons in Japanese. */
record DiscoveryResult(Service service, int rank, int score, List<Need> covers, Availability availability,
		Area availableIn, List<PreventiveLink> preventive, TiePath warmestPath, boolean viaSupporter,
		List<String> reasons) {

	public boolean warm() {
		return warmestPath != null;
	}

	public String availabilityLabelJa() {
		return availability.labelJa();
	}
}
