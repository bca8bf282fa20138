package jp.tsunagu.subsidy;

/**
 * Who pays the base amount (seed 002, 図表4): 3/4 the state and 1/4 the municipality in the programme's first years
 * (移行準備期間, to FY2022); from FY2023 (令和5年度) 1/2 the state, 1/4 the prefecture, 1/4 the municipality.
 */
record SubsidyShares(String labelJa, String national, String prefecture, String municipality, int nationalQuarters,
		int prefectureQuarters, int municipalityQuarters) {

	static final int FIRST_SPLIT_YEAR = 2023;

	static SubsidyShares of(int fiscalYear) {
		return fiscalYear < FIRST_SPLIT_YEAR
				? new SubsidyShares("国 3/4・市町村 1/4（移行準備期間の措置）", "3/4", "0", "1/4", 3, 0, 1)
				: new SubsidyShares("国 1/2・都道府県 1/4・市町村 1/4", "1/2", "1/4", "1/4", 2, 1, 1);
	}
}
