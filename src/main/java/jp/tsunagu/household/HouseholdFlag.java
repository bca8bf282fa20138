package jp.tsunagu.household;

import jp.tsunagu.graph.Labelled;

/**
 * A characteristic of a household that welfare work looks for. Each flag knows how many members a household
 * with it can have, so that contradicting flags and member counts are caught on input.
 */
public enum HouseholdFlag implements Labelled {

	SINGLE_ELDERLY("高齢単身", 1, 1), ELDERLY_COUPLE("高齢夫婦", 2, 20), SINGLE_PARENT("ひとり親", 2, 20),
	FOREIGN_NATIONALITY("外国籍", 1, 20), EIGHTY_FIFTY("8050", 2, 20), DOUBLE_CARE("ダブルケア", 2, 20),
	YOUNG_CARER("ヤングケアラー", 2, 20), FREELANCE("フリーランス", 1, 20), DISABILITY("障害のある世帯員", 1, 20),
	HIKIKOMORI("ひきこもり", 1, 20);

	private final String labelJa;

	private final int minMembers;

	private final int maxMembers;

	HouseholdFlag(String labelJa, int minMembers, int maxMembers) {
		this.labelJa = labelJa;
		this.minMembers = minMembers;
		this.maxMembers = maxMembers;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	int minMembers() {
		return minMembers;
	}

	int maxMembers() {
		return maxMembers;
	}

	boolean fits(int memberCount) {
		return memberCount >= minMembers && memberCount <= maxMembers;
	}
}
