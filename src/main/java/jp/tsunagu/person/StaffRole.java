package jp.tsunagu.person;

import jp.tsunagu.graph.Labelled;

public enum StaffRole implements Labelled {

	COMMUNITY_SOCIAL_WORKER("地域福祉コーディネーター (CSW)"),
	LIFE_SUPPORT_COORDINATOR("生活支援コーディネーター"),
	INCLUSIVE_SUPPORT_PROMOTER("相談支援包括化推進員"),
	GENERAL_CONSULTANT("丸ごと相談員"),
	HOTTOKAHEN_NETWORKER("ほっとかへんネットワーカー"),
	CHIEF_CONSULTATION_SUPPORT_WORKER("主任相談支援員"),
	CONSULTATION_SUPPORT_WORKER("相談支援員"),
	OTHER("その他");

	private final String labelJa;

	StaffRole(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
