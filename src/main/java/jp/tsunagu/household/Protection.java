package jp.tsunagu.household;

import jp.tsunagu.graph.Labelled;

/** Stronger protection a household needs, e.g. because its whereabouts must not leak (DV, crime victims). */
public enum Protection implements Labelled {

	NONE("なし"), DV("DV"), CRIME_VICTIM("犯罪被害");

	private final String labelJa;

	Protection(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
