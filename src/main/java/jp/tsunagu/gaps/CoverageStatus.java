package jp.tsunagu.gaps;

import jp.tsunagu.graph.Labelled;

/**
 * Whether a 重層 function is run in a municipality. UNKNOWN is missing data, not a gap: only a municipality recorded
 * as not running a function (未実施) has a gap there.
 */
enum CoverageStatus implements Labelled {

	COVERED("実施"), PARTIAL("一部の事業のみ実施"), GAP("未実施（狭間）"), UNKNOWN("不明");

	private final String labelJa;

	CoverageStatus(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
