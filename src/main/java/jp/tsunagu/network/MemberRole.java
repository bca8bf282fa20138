package jp.tsunagu.network;

import jp.tsunagu.graph.Labelled;

public enum MemberRole implements Labelled {

	MEMBER("構成員"),
	SECRETARIAT("事務局"),
	STEERING("幹事"),
	CHAIR("代表");

	private final String labelJa;

	MemberRole(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
