package jp.tsunagu.referral;

import jp.tsunagu.graph.Labelled;

/** Why a referral was rejected, cancelled or failed. EXPIRED and CONSENT_WITHDRAWN are set by the hub only. */
public enum ReferralReason implements Labelled {

	NO_CAPACITY("受入枠がない"), NOT_ELIGIBLE("対象外"), OUT_OF_AREA("区域外"), HOUSEHOLD_UNREACHABLE("世帯と連絡がつかない"),
	HOUSEHOLD_DECLINED("世帯が希望しない"), EXPIRED("期限切れ（応答なし）"), CONSENT_WITHDRAWN("同意の撤回"), OTHER("その他");

	private final String labelJa;

	ReferralReason(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	boolean systemOnly() {
		return this == EXPIRED || this == CONSENT_WITHDRAWN;
	}
}
