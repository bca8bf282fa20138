package jp.tsunagu.referral;

import jp.tsunagu.graph.Labelled;

public enum ReferralStatus implements Labelled {

	PENDING("依頼中"), ACCEPTED("受入"), DECLINED("辞退");

	private final String labelJa;

	ReferralStatus(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
