package jp.tsunagu.gaps;

import java.util.List;

import jp.tsunagu.area.Area;

/** The service gaps of an area: every gap once, shown in the lists it belongs to. */
record ServiceGaps(Area area, double farKm, List<ServiceGap> gaps) {

	public List<ServiceGap> uncovered() {
		return gaps.stream().filter(gap -> gap.kind().uncovered()).toList();
	}

	public List<ServiceGap> farOnly() {
		return gaps.stream().filter(gap -> gap.kind().farOnly()).toList();
	}
}
