package jp.tsunagu.organization;

import jp.tsunagu.graph.Labelled;

public enum FacilityField implements Labelled {

	ELDERLY("高齢"),
	DISABILITY("障害"),
	CHILDREN("児童"),
	NURSERY("保育");

	private final String labelJa;

	FacilityField(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
