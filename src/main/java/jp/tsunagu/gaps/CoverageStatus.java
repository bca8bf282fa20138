package jp.tsunagu.gaps;

import jp.tsunagu.graph.Labelled;

/** Whether a 重層 function is commissioned (委託) in a municipality. */
enum CoverageStatus implements Labelled {

	COVERED("委託あり"), PARTIAL("一部の事業のみ委託"), GAP("未委託（狭間）");

	private final String labelJa;

	CoverageStatus(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
