package jp.tsunagu.taxonomy;

import jp.tsunagu.graph.Labelled;

/**
 * The programme under which a municipality has a function run: 重層的支援体制整備事業 itself (from April 2021), its
 * transition programme, an existing programme the function is made of (地域包括支援センター, 生活支援体制整備事業 …),
 * or one of the national model projects that came before 重層 (from FY2016). A model project is history of the
 * function, not the function: it does not cover a cell of the coverage matrix.
 */
public enum CommissionProgramme implements Labelled {

	JUSO("重層的支援体制整備事業"),
	TRANSITION("重層的支援体制への移行準備事業"),
	/** The source names the function as run under one of the two without saying which. */
	JUSO_OR_TRANSITION("重層的支援体制整備事業または移行準備事業"),
	EXISTING_SYSTEM("既存制度の事業"),
	MODEL_MULTI_AGENCY("多機関の協働による包括的支援体制構築事業（モデル事業）"),
	MODEL_COMMUNITY_STRENGTH("地域力強化推進事業（モデル事業）");

	private final String labelJa;

	CommissionProgramme(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** Whether a commission under it means the function is run (a model project does not). */
	public boolean runsTheFunction() {
		return this != MODEL_MULTI_AGENCY && this != MODEL_COMMUNITY_STRENGTH;
	}

	/** Only 重層 and its transition programme are bound to the law in force from April 2021. */
	public boolean startsWithJuso() {
		return this == JUSO || this == TRANSITION || this == JUSO_OR_TRANSITION;
	}
}
