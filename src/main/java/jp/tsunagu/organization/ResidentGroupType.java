package jp.tsunagu.organization;

import jp.tsunagu.graph.Labelled;

public enum ResidentGroupType implements Labelled {

	NEIGHBORHOOD_ASSOCIATION("自治会・町内会"),
	VOLUNTEER_GROUP("ボランティアグループ"),
	SALON("サロン"),
	SELF_HELP_GROUP("当事者団体"),
	FAMILY_ASSOCIATION("家族会"),
	COMMISSIONER_COUNCIL("民生委員児童委員協議会"),
	DISTRICT_WELFARE_COMMITTEE("地区福祉委員会・協議会"),
	OTHER("その他");

	private final String labelJa;

	ResidentGroupType(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
