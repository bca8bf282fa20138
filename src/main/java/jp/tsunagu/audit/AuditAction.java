package jp.tsunagu.audit;

import jp.tsunagu.graph.Labelled;

public enum AuditAction implements Labelled {

	READ("閲覧"), WRITE("更新"), ANALYST_QUERY("分析クエリ");

	private final String labelJa;

	AuditAction(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
