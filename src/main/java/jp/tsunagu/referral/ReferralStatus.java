package jp.tsunagu.referral;

import java.util.List;

import jp.tsunagu.graph.Labelled;

/** A referral's status: the closed-loop referral statuses of HL7 FHIR SDOH (Gravity) Task. */
public enum ReferralStatus implements Labelled {

	DRAFT("下書き"), REQUESTED("依頼中"), RECEIVED("受付"), ACCEPTED("受入"), REJECTED("辞退"), CANCELLED("取消"),
	IN_PROGRESS("支援中"), ON_HOLD("保留"), FAILED("不成立"), COMPLETED("完了");

	/** Not yet answered by the receiver: what expires, and what a withdrawn consent cancels. */
	static final List<ReferralStatus> PENDING = List.of(DRAFT, REQUESTED, RECEIVED);

	/** Accepted and not closed: the receiver may see the household ({@code HouseholdScope}). */
	static final List<ReferralStatus> OPEN = List.of(DRAFT, REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD);

	private final String labelJa;

	ReferralStatus(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	boolean closed() {
		return this == REJECTED || this == CANCELLED || this == FAILED || this == COMPLETED;
	}

	static List<String> names(List<ReferralStatus> statuses) {
		return statuses.stream().map(Enum::name).toList();
	}
}
