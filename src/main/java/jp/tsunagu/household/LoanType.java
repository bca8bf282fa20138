package jp.tsunagu.household;

import jp.tsunagu.graph.Labelled;

/** The kinds of special loan (特例貸付) of the 生活福祉資金 scheme. */
public enum LoanType implements Labelled {

	EMERGENCY_SMALL_FUND("緊急小口資金"), GENERAL_SUPPORT_FUND("総合支援資金"),
	GENERAL_SUPPORT_FUND_EXTENSION("総合支援資金 (延長・再貸付)");

	private final String labelJa;

	LoanType(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
