package jp.tsunagu.generator;

/**
 * National totals shared among the places where people live (municipalities, and the wards of designated cities) by
 * population. Sources are in docs/national-scale.md ("What is generated"), with the FY2023 national figures.
 */
enum Quota {

	/** 地区: districts (小学校区・日常生活圏域) where 民生委員 work and households live; at least one per place. */
	DISTRICTS(10_000, 1),
	/** 社会福祉法人 (FY2023: 21,079). */
	CORPORATIONS(21_079, 0),
	/** NPO法人 (認証法人 FY2023: 49,611). */
	NPOS(49_611, 0),
	/** Companies in welfare-related business that join local networks (an assumption: one per 10,000 people). */
	COMPANIES(12_600, 0),
	/** 民生委員・児童委員 (FY2023: 228,573 commissioned). */
	VOLUNTEERS(228_573, 0),
	/** Borrower households of the special loans (特例貸付): about 2 million. */
	HOUSEHOLDS(2_000_000, 0),
	/** 地域包括支援センター (2023: 5,431), at least one per place. */
	COMMUNITY_CENTERS(5_431, 1),
	/** ハローワーク (544 offices incl. branches). */
	HELLO_WORK(544, 0);

	private final long national;

	private final long minimum;

	Quota(long national, long minimum) {
		this.national = national;
		this.minimum = minimum;
	}

	long national() {
		return national;
	}

	long minimum() {
		return minimum;
	}
}
