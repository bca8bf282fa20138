package jp.tsunagu.discovery;

import jp.tsunagu.area.AreaKind;
import jp.tsunagu.graph.Labelled;

/** Where a service is available relative to the household's area, nearest first. */
enum Availability implements Labelled {

	DISTRICT("地区内", 3), WARD("行政区内", 2), MUNICIPALITY("市区町村内", 1), REGION("圏域内", 0), PREFECTURE("都道府県内", 0);

	private final String labelJa;

	private final int nearness;

	Availability(String labelJa, int nearness) {
		this.labelJa = labelJa;
		this.nearness = nearness;
	}

	/** Points of nearness in the score: a 圏域 is a wider jurisdiction, as near as the prefecture. */
	int nearness() {
		return nearness;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	static Availability of(AreaKind kind) {
		return switch (kind) {
			case DISTRICT -> DISTRICT;
			case WARD -> WARD;
			case MUNICIPALITY -> MUNICIPALITY;
			case REGION -> REGION;
			case PREFECTURE -> PREFECTURE;
		};
	}
}
