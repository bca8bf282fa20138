package jp.tsunagu.organization;

import jp.tsunagu.graph.Labelled;

public enum AgencyType implements Labelled {

	COMMUNITY_GENERAL_SUPPORT_CENTER("地域包括支援センター"),
	CORE_DISABILITY_CONSULTATION_CENTER("基幹相談支援センター"),
	SELF_RELIANCE_SUPPORT_AGENCY("自立相談支援機関"),
	HELLO_WORK("ハローワーク"),
	LEGAL_SUPPORT_CENTER("法テラス"),
	CHILD_GUIDANCE_CENTER("児童相談所"),
	CHILD_FAMILY_SUPPORT("子ども家庭支援・利用者支援"),
	SCHOOL("学校"),
	HOSPITAL("病院"),
	OTHER("その他");

	private final String labelJa;

	AgencyType(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
