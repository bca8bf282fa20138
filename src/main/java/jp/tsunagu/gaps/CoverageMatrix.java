package jp.tsunagu.gaps;

import java.util.List;
import java.util.stream.Stream;

import jp.tsunagu.area.Area;

/** The 重層 coverage of a municipality; counts are of the cells (functions without sub-areas, and sub-areas). */
record CoverageMatrix(Area municipality, List<FunctionCoverage> functions) {

	public int coveredCount() {
		return (int) cells().filter(cell -> cell.status() == CoverageStatus.COVERED).count();
	}

	public int gapCount() {
		return (int) cells().filter(cell -> cell.status() == CoverageStatus.GAP).count();
	}

	/** Cells nothing is known about: missing data, not gaps. */
	public int unknownCount() {
		return (int) cells().filter(cell -> cell.status() == CoverageStatus.UNKNOWN).count();
	}

	private Stream<FunctionCoverage> cells() {
		return functions.stream().flatMap(function -> function.cells().stream());
	}
}
