package jp.tsunagu.referral;

import jp.tsunagu.graph.Labelled;

/** What a completed referral came to. */
public enum ReferralOutcome implements Labelled {

	SERVICE_STARTED("サービス利用開始"), EMPLOYED("就労"), PUBLIC_ASSISTANCE_APPLIED("生活保護申請"), RESOLVED("解決"),
	CONNECTED_TO_COMMUNITY("地域の居場所・活動につながった"), OTHER("その他");

	private final String labelJa;

	ReferralOutcome(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
