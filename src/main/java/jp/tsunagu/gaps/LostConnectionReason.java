package jp.tsunagu.gaps;

import jp.tsunagu.graph.Labelled;

/** Why a household's connections are being lost, most urgent first. */
enum LostConnectionReason implements Labelled {

	NO_SUPPORTER("支援者がいない"), UNREACHABLE("連絡がつかない（連絡不通・住所不明）"), NO_RECENT_CONTACT("最近の接触がない"), SINGLE_SUPPORTER("支援者が1人だけ");

	private final String labelJa;

	LostConnectionReason(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
