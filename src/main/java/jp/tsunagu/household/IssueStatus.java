package jp.tsunagu.household;

import jp.tsunagu.graph.Labelled;

/** Where a life issue (生活課題) of a household stands. */
public enum IssueStatus implements Labelled {

	OPEN("未対応"), IN_PROGRESS("対応中"), RESOLVED("解決");

	private final String labelJa;

	IssueStatus(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
