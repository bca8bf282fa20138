package jp.tsunagu.gaps;

import jp.tsunagu.graph.Labelled;

/** How a need lacks services in an area, most serious first. */
enum ServiceGapKind implements Labelled {

	NO_SERVICE("この地域を対象とする社会資源がない"), FAR_AWAY("県域・圏域の社会資源のみ（窓口が遠方）"),
	PREFECTURE_ONLY("県域・圏域の社会資源のみ");

	private final String labelJa;

	ServiceGapKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** No service serves the area: none in it, its municipality, a 圏域 or its prefecture, nor below it. */
	boolean uncovered() {
		return this == NO_SERVICE;
	}

	/** Served only from a wider jurisdiction (圏域, prefecture), with its desk near or far. */
	boolean farOnly() {
		return this == PREFECTURE_ONLY || this == FAR_AWAY;
	}
}
