package jp.tsunagu.organization;

import jp.tsunagu.graph.Labelled;

public enum CouncilLevel implements Labelled {

	NATIONAL("全国社会福祉協議会"),
	PREFECTURAL("都道府県社会福祉協議会"),
	MUNICIPAL("市区町村社会福祉協議会"),
	DISTRICT("地区社協・地区福祉委員会");

	private final String labelJa;

	CouncilLevel(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
