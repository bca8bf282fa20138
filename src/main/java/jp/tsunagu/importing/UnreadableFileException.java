package jp.tsunagu.importing;

import jp.tsunagu.api.Bilingual;

/** A file the hub cannot read as the kind it was given as, and why, in Japanese and English. */
class UnreadableFileException extends IllegalArgumentException {

	private final Bilingual reason;

	UnreadableFileException(String japanese, String english) {
		super(english + " (" + japanese + ")");
		this.reason = new Bilingual(japanese, english);
	}

	Bilingual reason() {
		return reason;
	}
}
