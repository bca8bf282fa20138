package jp.tsunagu.person;

import jp.tsunagu.graph.Labelled;

public enum PersonKind implements Labelled {

	COMMISSIONED_VOLUNTEER("民生委員・児童委員", "CommissionedVolunteer"),
	STAFF("職員", "StaffMember");

	private final String labelJa;

	private final String nodeLabel;

	PersonKind(String labelJa, String nodeLabel) {
		this.labelJa = labelJa;
		this.nodeLabel = nodeLabel;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** The second node label a person of this kind carries beside :Person. */
	public String nodeLabel() {
		return nodeLabel;
	}
}
