package jp.tsunagu.gaps;

import java.util.List;

import jp.tsunagu.household.Household;

/** A borrower household, its outreach score and the reasons that add up to it. */
record ScreenedHousehold(Household household, int score, List<ScreeningReason> reasons) {
}
