package jp.tsunagu.api;

/** The caller may not read or call a field: not signed in, or signed in without a role the field requires. */
public class NotAllowedException extends RuntimeException {

	private final boolean signInRequired;

	private final Bilingual reason;

	public NotAllowedException(String message, boolean signInRequired) {
		this(message, signInRequired, null);
	}

	private NotAllowedException(String message, boolean signInRequired, Bilingual reason) {
		super(message);
		this.signInRequired = signInRequired;
		this.reason = reason;
	}

	/** A refusal written in Japanese and English: the caller reads its own language, extensions hold both. */
	public static NotAllowedException bilingual(String japanese, String english, boolean signInRequired) {
		return new NotAllowedException(english + " (" + japanese + ")", signInRequired,
				new Bilingual(japanese, english));
	}

	public boolean signInRequired() {
		return signInRequired;
	}

	/** The reason in both languages, or null when it is written in one. */
	public Bilingual reason() {
		return reason;
	}

	/** The message in the language, or the one message when it is not written in both. */
	String message(Language language) {
		return reason == null ? getMessage() : reason.in(language);
	}
}
