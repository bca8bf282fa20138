package jp.tsunagu.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.taxonomy.Commission;
import jp.tsunagu.taxonomy.FunctionMode;
import jp.tsunagu.taxonomy.SupportFunction;

/**
 * A function or sub-area of 重層的支援体制整備事業 in a municipality: whether and how it is run, and by whom.
 *
 * @param mode how it is run; null for a function whose sub-areas are run in different ways
 * @param commissions the commissions for this very function or sub-area, model projects and ended ones included
 * @param coveredByParent a sub-area without its own commission, covered by a commission for its whole function
 * @param runWith the function it is run together with (支援プランの作成 with 多機関協働), when that covers it
 */
record FunctionCoverage(SupportFunction function, CoverageStatus status, FunctionMode mode,
		List<Commission> commissions, boolean coveredByParent, SupportFunction runWith, List<FunctionCoverage> subAreas) {

	/** 支援プランの作成は多機関協働と一体的に実施 (seed 002 図表3). */
	static final String SUPPORT_PLANS = "6";

	static final String MULTI_AGENCY = "5";

	public String statusLabelJa() {
		return status.labelJa();
	}

	public String modeLabelJa() {
		return mode == null ? null : mode.labelJa();
	}

	/**
	 * A function without sub-areas, or a sub-area: covered by a commission that runs it today, else by one for its
	 * whole function ({@code parent}); a gap only where the municipality is recorded as not running it.
	 */
	static FunctionCoverage cell(SupportFunction function, List<Commission> own, Optional<Commission> parent,
			boolean notRunning, LocalDate today) {
		Optional<Commission> running = own.stream().filter(commission -> commission.runsOn(today)).findFirst();
		if (running.isPresent()) {
			return new FunctionCoverage(function, CoverageStatus.COVERED, running.get().mode(), own, false, null, List.of());
		}
		if (parent.isPresent()) {
			return new FunctionCoverage(function, CoverageStatus.COVERED, parent.get().mode(), own, true, null, List.of());
		}
		return notRunning ? new FunctionCoverage(function, CoverageStatus.GAP, FunctionMode.NOT_IMPLEMENTED, own, false, null, List.of())
				: new FunctionCoverage(function, CoverageStatus.UNKNOWN, FunctionMode.UNKNOWN, own, false, null, List.of());
	}

	/**
	 * A function with sub-areas: covered when run as a whole or when every sub-area is, partly when some are; else
	 * unknown while any sub-area is, and a gap when none is run.
	 */
	static FunctionCoverage withSubAreas(SupportFunction function, List<Commission> own, List<FunctionCoverage> subAreas,
			LocalDate today) {
		Optional<Commission> running = own.stream().filter(commission -> commission.runsOn(today)).findFirst();
		if (running.isPresent()) {
			return new FunctionCoverage(function, CoverageStatus.COVERED, running.get().mode(), own, false, null, subAreas);
		}
		long covered = subAreas.stream().filter(sub -> sub.status() == CoverageStatus.COVERED).count();
		CoverageStatus status = covered == subAreas.size() ? CoverageStatus.COVERED
				: covered > 0 ? CoverageStatus.PARTIAL
						: subAreas.stream().anyMatch(sub -> sub.status() == CoverageStatus.UNKNOWN) ? CoverageStatus.UNKNOWN
								: CoverageStatus.GAP;
		List<FunctionMode> modes = subAreas.stream().map(FunctionCoverage::mode).distinct().toList();
		return new FunctionCoverage(function, status, modes.size() == 1 ? modes.get(0) : null, own, false, null, subAreas);
	}

	/** 支援プラン without a commission of its own is run as 多機関協働 is, unless recorded as not run. */
	FunctionCoverage runWith(FunctionCoverage multiAgency) {
		if (status != CoverageStatus.UNKNOWN || multiAgency.status() != CoverageStatus.COVERED) {
			return this;
		}
		return new FunctionCoverage(function, CoverageStatus.COVERED, multiAgency.mode(), commissions, false,
				multiAgency.function(), subAreas);
	}

	/** The cells of the matrix: a function without sub-areas is one, a function with them is its sub-areas. */
	List<FunctionCoverage> cells() {
		return subAreas.isEmpty() ? List.of(this) : subAreas;
	}
}
