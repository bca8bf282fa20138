package jp.tsunagu.taxonomy;

import jp.tsunagu.graph.Labelled;

/**
 * How a municipality runs a 重層 function: itself (直営), through an organisation it commissions (委託) or subsidises
 * (補助); or it does not run it (未実施, a gap); or nothing is known (不明, missing data, not a gap).
 */
public enum FunctionMode implements Labelled {

	DIRECT("直営"), COMMISSIONED("委託"), SUBSIDY("補助"), NOT_IMPLEMENTED("未実施"), UNKNOWN("不明");

	private final String labelJa;

	FunctionMode(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** The modes a commission can have: someone runs the function. */
	public boolean runs() {
		return this == DIRECT || this == COMMISSIONED || this == SUBSIDY;
	}
}
