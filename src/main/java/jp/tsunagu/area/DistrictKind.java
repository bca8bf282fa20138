package jp.tsunagu.area;

import jp.tsunagu.graph.Labelled;

public enum DistrictKind implements Labelled {

	DISTRICT("地区"), DAILY_LIFE_AREA("日常生活圏域"), ELEMENTARY_SCHOOL_DISTRICT("小学校区");

	private final String labelJa;

	DistrictKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
