package jp.tsunagu.gaps;

import jp.tsunagu.graph.Labelled;

/** How a need lacks services in an area, most serious first. */
enum ServiceGapKind implements Labelled {

	NO_SERVICE("どこにも社会資源がない"), FAR_AWAY("他の市区町村にしかない（遠方）"), NEARBY_ONLY("他の市区町村にしかない（近隣）"),
	PREFECTURE_ONLY("県域の社会資源のみ");

	private final String labelJa;

	ServiceGapKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** Not available in the area, nor at its municipality or prefecture, nor below it. */
	boolean uncovered() {
		return this != PREFECTURE_ONLY;
	}

	/** Available only far away: at prefecture level, or beyond the distance the caller calls far. */
	boolean farOnly() {
		return this == PREFECTURE_ONLY || this == FAR_AWAY;
	}
}
