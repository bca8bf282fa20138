package jp.tsunagu.analytics;

import java.util.List;

import jp.tsunagu.household.HouseholdFlag;
import jp.tsunagu.taxonomy.IsolationKind;
import jp.tsunagu.taxonomy.Need;

/** Counts of the unprotected, non-archived households living in an area or below it. */
record HouseholdStatistics(String areaCode, int total, List<NeedCount> byNeed, List<FlagCount> byFlag,
		List<IsolationCount> byIsolation) {

	record NeedCount(Need need, int count) {
	}

	record FlagCount(HouseholdFlag flag, String labelJa, int count) {

		FlagCount(HouseholdFlag flag, int count) {
			this(flag, flag.labelJa(), count);
		}
	}

	record IsolationCount(IsolationKind isolationKind, int count) {
	}
}
