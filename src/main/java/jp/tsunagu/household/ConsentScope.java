package jp.tsunagu.household;

import jp.tsunagu.graph.Labelled;

/** What a household consented to (本人の同意). */
public enum ConsentScope implements Labelled {

	CASE_CONFERENCE("支援会議での共有"), INFORMATION_SHARING("関係機関との情報共有"), REFERRAL("他機関へのつなぎ");

	private final String labelJa;

	ConsentScope(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
