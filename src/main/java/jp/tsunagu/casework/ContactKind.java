package jp.tsunagu.casework;

import jp.tsunagu.graph.Labelled;

/** How a contact with a household was made. */
public enum ContactKind implements Labelled {

	VISIT("訪問"), PHONE("電話"), OFFICE_VISIT("来所"), ACCOMPANIMENT("同行"), MEETING("会議"), ONLINE("オンライン"),
	LETTER("手紙");

	private final String labelJa;

	ContactKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
