package jp.tsunagu.network;

import jp.tsunagu.graph.Labelled;

public enum RunnerRole implements Labelled {

	LEAD("主催"),
	PARTNER("協力");

	private final String labelJa;

	RunnerRole(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
