package jp.tsunagu.referral;

import jp.tsunagu.graph.Labelled;

/** Who moves a referral on: the organisation that sent it, the one that received it, or the hub itself. */
enum ReferralParty implements Labelled {

	SENDER("紹介元"), RECEIVER("紹介先"), SYSTEM("システム");

	private final String labelJa;

	ReferralParty(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
