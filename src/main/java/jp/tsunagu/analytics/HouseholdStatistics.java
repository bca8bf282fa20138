package jp.tsunagu.analytics;

import java.util.List;

import jp.tsunagu.household.HouseholdFlag;
import jp.tsunagu.taxonomy.IsolationKind;
import jp.tsunagu.taxonomy.Need;

/**
 * Counts of the unprotected, non-archived households living in an area or below it, under the small-cell policy
 * ({@link SmallCells}): a suppressed count is null and shows as "&lt;k".
 */
record HouseholdStatistics(String areaCode, Integer total, boolean totalSuppressed, String totalShown,
		int smallCellThreshold, List<NeedCount> byNeed, List<FlagCount> byFlag, List<IsolationCount> byIsolation) {

	/** A count, or null when suppressed, with how it reads. */
	record Cell(Integer count, boolean suppressed, String shown) {

		static Cell of(long count, boolean suppressed, int threshold) {
			return new Cell(suppressed ? null : (int) count, suppressed, SmallCells.shown(count, suppressed, threshold));
		}
	}

	record NeedCount(Need need, Integer count, boolean suppressed, String shown) {

		NeedCount(Need need, Cell cell) {
			this(need, cell.count(), cell.suppressed(), cell.shown());
		}
	}

	record FlagCount(HouseholdFlag flag, String labelJa, Integer count, boolean suppressed, String shown) {

		FlagCount(HouseholdFlag flag, Cell cell) {
			this(flag, flag.labelJa(), cell.count(), cell.suppressed(), cell.shown());
		}
	}

	record IsolationCount(IsolationKind isolationKind, Integer count, boolean suppressed, String shown) {

		IsolationCount(IsolationKind kind, Cell cell) {
			this(kind, cell.count(), cell.suppressed(), cell.shown());
		}
	}
}
