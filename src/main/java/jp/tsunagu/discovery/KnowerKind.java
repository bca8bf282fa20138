package jp.tsunagu.discovery;

import java.time.LocalDate;

import jp.tsunagu.graph.Labelled;

/** How someone knows a household, or where a warm path starts. */
enum KnowerKind implements Labelled {

	SUPPORTER("この世帯を支援している"),
	RECORD_HOLDER("この世帯の記録を保有する"),
	DISTRICT_VOLUNTEER("担当地区の民生委員"),
	REFERRAL_ACCEPTED("つなぎを受け入れた"),
	CALLER_ORGANIZATION("あなたの組織");

	private final String labelJa;

	KnowerKind(String labelJa) {
		this.labelJa = labelJa;
	}

	@Override
	public String labelJa() {
		return labelJa;
	}

	/**
	 * Whether a tie of this kind is live: a support tie while its last contact, or without one its start, lies on or
	 * after {@code liveSince}; an accepted referral while its acceptance does. Holding the record and being the
	 * 民生委員 of the household's area are standing duties, live while they last.
	 */
	boolean live(LocalDate since, LocalDate lastContact, LocalDate liveSince) {
		return switch (this) {
			case RECORD_HOLDER, DISTRICT_VOLUNTEER -> true;
			case SUPPORTER, REFERRAL_ACCEPTED, CALLER_ORGANIZATION -> {
				LocalDate used = lastContact != null ? lastContact : since;
				yield used != null && !used.isBefore(liveSince);
			}
		};
	}
}
