package jp.tsunagu.gaps;

import jp.tsunagu.household.HouseholdFlag;

/**
 * One reason a household scored: the rule, its points, and the flag or count it concerns.
 *
 * @param flag for {@link ScreeningRule#HOUSEHOLD_FLAG}
 * @param count for {@link ScreeningRule#OPEN_NEEDS} and {@link ScreeningRule#ISOLATION}
 */
record ScreeningReason(ScreeningRule rule, int points, HouseholdFlag flag, Integer count) {

	public String labelJa() {
		if (flag != null) {
			return rule.labelJa() + ": " + flag.labelJa();
		}
		if (rule == ScreeningRule.OPEN_NEEDS) {
			return rule.labelJa() + " (" + count + "件)";
		}
		if (rule == ScreeningRule.ISOLATION) {
			return rule.labelJa() + " (" + count + "類型)";
		}
		return rule.labelJa();
	}
}
