package jp.tsunagu.gaps;

import java.util.List;

import jp.tsunagu.taxonomy.Commission;
import jp.tsunagu.taxonomy.SupportFunction;

/**
 * A function or sub-area of 重層的支援体制整備事業 and who is commissioned for it.
 *
 * @param commissions the commissions for this very function or sub-area
 * @param coveredByParent a sub-area without its own commission, covered by a commission for its whole function
 */
record FunctionCoverage(SupportFunction function, CoverageStatus status, List<Commission> commissions,
		boolean coveredByParent, List<FunctionCoverage> subAreas) {

	public String statusLabelJa() {
		return status.labelJa();
	}

	/** A sub-area, covered by its own commissions or else by those of its whole function. */
	static FunctionCoverage subArea(SupportFunction function, List<Commission> own, boolean parentCommissioned) {
		boolean covered = !own.isEmpty() || parentCommissioned;
		return new FunctionCoverage(function, covered ? CoverageStatus.COVERED : CoverageStatus.GAP, own,
				own.isEmpty() && parentCommissioned, List.of());
	}

	/**
	 * A function: with sub-areas, covered when commissioned as a whole or when every sub-area is, partly when some
	 * are; without, covered when commissioned.
	 */
	static FunctionCoverage function(SupportFunction function, List<Commission> own, List<FunctionCoverage> subAreas) {
		long coveredSubAreas = subAreas.stream().filter(sub -> sub.status() == CoverageStatus.COVERED).count();
		CoverageStatus status;
		if (!own.isEmpty() || (!subAreas.isEmpty() && coveredSubAreas == subAreas.size())) {
			status = CoverageStatus.COVERED;
		}
		else if (coveredSubAreas > 0) {
			status = CoverageStatus.PARTIAL;
		}
		else {
			status = CoverageStatus.GAP;
		}
		return new FunctionCoverage(function, status, own, false, subAreas);
	}

	/** The cells of the matrix: a function without sub-areas is one, a function with them is its sub-areas. */
	List<FunctionCoverage> cells() {
		return subAreas.isEmpty() ? List.of(this) : subAreas;
	}
}
