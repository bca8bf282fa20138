package jp.tsunagu.discovery;

import jp.tsunagu.area.AreaKind;
import jp.tsunagu.graph.Labelled;

/** Where a service is available relative to the household's area, nearest first. */
enum Availability implements Labelled {

	DISTRICT("地区内"), WARD("行政区内"), MUNICIPALITY("市区町村内"), PREFECTURE("都道府県内");

	private final String labelJa;

	Availability(String labelJa) {
		this.labelJa = labelJa;
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
			case PREFECTURE -> PREFECTURE;
		};
	}
}
