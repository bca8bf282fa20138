package jp.tsunagu.organization;

import jp.tsunagu.graph.Labelled;

public enum CollaborationKind implements Labelled {

	JOINT_ACTIVITY("共同事業"),
	AGREEMENT("協定"),
	REFERRAL_PARTNERSHIP("つなぎ・紹介");

	private final String labelJa;

	CollaborationKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
