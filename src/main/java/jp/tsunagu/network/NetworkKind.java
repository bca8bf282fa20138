package jp.tsunagu.network;

import jp.tsunagu.graph.Labelled;

public enum NetworkKind implements Labelled {

	LIAISON_COUNCIL("連絡会"),
	COUNCIL("協議会"),
	CONSULTATIVE_BODY("協議体"),
	MEETING("会議"),
	PLATFORM("プラットフォーム"),
	SUBCOMMITTEE("部会・委員会");

	private final String labelJa;

	NetworkKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
