package jp.tsunagu.area;

import jp.tsunagu.graph.Labelled;

public enum AreaKind implements Labelled {

	PREFECTURE("都道府県", "Prefecture"), MUNICIPALITY("市区町村", "Municipality"), WARD("行政区", "Ward"),
	DISTRICT("地区", "District");

	private final String labelJa;

	private final String label;

	AreaKind(String labelJa, String label) {
		this.labelJa = labelJa;
		this.label = label;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** The node label that carries this kind in the graph. */
	public String nodeLabel() {
		return label;
	}
}
