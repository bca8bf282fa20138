package jp.tsunagu.security;

import jp.tsunagu.graph.Labelled;

/** What a signed-in caller may do; docs/security.md has the table of who sees what. */
public enum Role implements Labelled {

	/** 社協 staff: households in the municipality their council serves, with consent; can refer. */
	COORDINATOR("コーディネーター（社協職員）"),
	/** Staff of a member organisation: households it supports or has accepted a referral for. */
	MEMBER_STAFF("会員組織の職員"),
	/** 民生委員・児童委員: households in their assigned districts. */
	COMMISSIONED_VOLUNTEER("民生委員・児童委員"),
	/** Aggregates, analytics and read-only Cypher; never a household's identity. */
	ANALYST("分析担当"),
	/** Accounts, reference data and the audit log. */
	ADMINISTRATOR("管理者");

	private final String labelJa;

	Role(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}
}
