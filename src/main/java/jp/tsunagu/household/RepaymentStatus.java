package jp.tsunagu.household;

import jp.tsunagu.graph.Labelled;

/** How the repayment (償還) of a loan stands. */
public enum RepaymentStatus implements Labelled {

	REPAYING("償還中"), DEFERRED("猶予"), EXEMPTED("免除"), IN_ARREARS("滞納"), COMPLETED("完済");

	private final String labelJa;

	RepaymentStatus(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
