package jp.tsunagu.meeting;

import jp.tsunagu.graph.Labelled;

/**
 * Kinds of case meeting. Only the statutory ones let their members share a household's case without its consent:
 * their members are bound to confidentiality by law (社会福祉法第106条の6, 生活困窮者自立支援法第9条).
 */
public enum MeetingKind implements Labelled {

	CASE_CONFERENCE("個別ケース会議", null),
	PLENARY("全体会議", null),
	SUPPORT_MEETING("重層的支援会議・支援会議", "社会福祉法第106条の6／生活困窮者自立支援法第9条（構成員の守秘義務）"),
	INTERNAL_TASKFORCE("対策会議（社協内部）", null);

	private final String labelJa;

	private final String statute;

	MeetingKind(String labelJa, String statute) {
		this.labelJa = labelJa;
		this.statute = statute;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/** The law under which members share cases without consent, or null where only consent allows it. */
	public String statute() {
		return statute;
	}
}
