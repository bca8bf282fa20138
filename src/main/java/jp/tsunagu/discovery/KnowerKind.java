package jp.tsunagu.discovery;

import jp.tsunagu.graph.Labelled;

/** How someone knows a household, or where a warm path starts. */
enum KnowerKind implements Labelled {

	SUPPORTER("この世帯を支援している"),
	RECORD_HOLDER("この世帯の記録を保有する"),
	DISTRICT_VOLUNTEER("担当地区の民生委員"),
	REFERRAL_ACCEPTED("つなぎを受け入れた"),
	CALLER_ORGANIZATION("あなたの組織");

	private final String labelJa;

	KnowerKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
