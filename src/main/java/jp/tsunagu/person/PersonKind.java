package jp.tsunagu.person;

import jp.tsunagu.graph.Labelled;

public enum PersonKind implements Labelled {

	COMMISSIONED_VOLUNTEER("民生委員・児童委員"),
	STAFF("職員");

	private final String labelJa;

	PersonKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
