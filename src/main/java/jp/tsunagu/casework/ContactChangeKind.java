package jp.tsunagu.casework;

import jp.tsunagu.graph.Labelled;

/** What a version of a contact records. */
enum ContactChangeKind implements Labelled {

	RECORDED("記録"), AMENDED("訂正"), VOIDED("取消");

	private final String labelJa;

	ContactChangeKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
