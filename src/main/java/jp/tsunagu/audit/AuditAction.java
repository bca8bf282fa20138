package jp.tsunagu.audit;

import jp.tsunagu.graph.Labelled;

public enum AuditAction implements Labelled {

	READ("閲覧"), WRITE("更新"), WRITE_REFUSED("更新の拒否"), ANALYST_QUERY("分析クエリ"), ACCOUNT_CREATED("アカウント作成"),
	ACCOUNT_ENABLED("アカウントの有効化"), ACCOUNT_DISABLED("アカウントの無効化"), PASSWORD_RESET("パスワード再発行");

	private final String labelJa;

	AuditAction(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
