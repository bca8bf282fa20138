package jp.tsunagu.meeting;

import jp.tsunagu.graph.Labelled;

/** On what legal ground a household's case was shared at a meeting. */
public enum SharingBasis implements Labelled {

	/** The household's active consent to sharing at case meetings (CASE_CONFERENCE) naming the recording organisation. */
	CONSENT("本人の同意"),
	/** The meeting's statutory basis: its members are bound to confidentiality by law. */
	STATUTORY("法定の守秘義務のもとでの共有");

	private final String labelJa;

	SharingBasis(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
