package jp.tsunagu.casework;

import java.util.List;

import jp.tsunagu.graph.Labelled;

/**
 * What a contact came to, the loan follow-up's outcomes (償還相談, 免除申請支援, 連絡不通, 住所不明) among them. Only a contact
 * that reached the household keeps a support tie live; 連絡不通 and 住所不明 are reasons of the loan screening.
 */
public enum ContactOutcome implements Labelled {

	CHECKED_IN("状況確認", true), CONSULTED("相談対応", true), SERVICE_ARRANGED("サービス調整", true),
	REFERRAL_COMPLETED("つなぎの完了", true), REPAYMENT_CONSULTATION("償還相談", true),
	EXEMPTION_APPLICATION_SUPPORT("免除申請支援", true), NOT_AT_HOME("不在（会えなかった）", false),
	UNREACHABLE("連絡不通", false), ADDRESS_UNKNOWN("住所不明", false);

	/** Cypher list of the outcomes that reached the household, for queries that read the log. */
	public static final String REACHED_IN_CYPHER = "['" + String.join("', '",
			java.util.Arrays.stream(values()).filter(ContactOutcome::reached).map(Enum::name).toList()) + "']";

	/** The outcomes that say the household could not be found or reached. */
	public static final List<ContactOutcome> LOST = List.of(UNREACHABLE, ADDRESS_UNKNOWN);

	private final String labelJa;

	private final boolean reached;

	ContactOutcome(String labelJa, boolean reached) {
		this.labelJa = labelJa;
		this.reached = reached;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	public boolean reached() {
		return reached;
	}
}
