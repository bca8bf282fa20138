package jp.tsunagu.area;

import jp.tsunagu.graph.Labelled;

public enum AreaKind implements Labelled {

	PREFECTURE("都道府県", "Prefecture"), MUNICIPALITY("市区町村", "Municipality"), WARD("行政区", "Ward"),
	DISTRICT("地区", "District"),
	/** 圏域: a named set of municipalities of one prefecture (障害保健福祉圏域, 二次医療圏), a jurisdiction of its own. */
	REGION("圏域", "Region");

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
