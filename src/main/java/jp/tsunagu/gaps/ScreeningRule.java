package jp.tsunagu.gaps;

import jp.tsunagu.graph.Labelled;

/** A rule of the loan screening; its points come from {@link ScreeningWeights}. */
enum ScreeningRule implements Labelled {

	IN_ARREARS("償還の滞納"), EXEMPTED("償還免除（住民税非課税等）"), DEFERRED("償還猶予"), OPEN_NEEDS("未解決の生活課題"),
	HOUSEHOLD_FLAG("世帯の状況"), ISOLATION("社会的孤立"), NO_SUPPORTER("支援者がいない"), NO_RECENT_CONTACT("最近の接触がない"),
	UNREACHABLE("連絡不通"), ADDRESS_UNKNOWN("住所不明");

	private final String labelJa;

	ScreeningRule(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
