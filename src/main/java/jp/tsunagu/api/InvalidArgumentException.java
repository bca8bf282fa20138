package jp.tsunagu.api;

/**
 * A query argument the caller got wrong; reported as a BAD_REQUEST error naming the argument, in the caller's
 * language where the message is written in both.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	private final String messageJa;

	private final String messageEn;

	public InvalidArgumentException(String argument, String message) {
		this(argument, message, null, null);
	}

	private InvalidArgumentException(String argument, String message, String messageJa, String messageEn) {
		super(argument + ": " + message);
		this.argument = argument;
		this.messageJa = messageJa;
		this.messageEn = messageEn;
	}

	/** An error written in Japanese and English: the caller reads its own language, extensions hold both. */
	public static InvalidArgumentException bilingual(String argument, String japanese, String english) {
		return new InvalidArgumentException(argument, english + " (" + japanese + ")", japanese, english);
	}

	public String argument() {
		return argument;
	}

	/** The message in the language, or the one message when it is not written in both. */
	String message(Language language) {
		return messageJa == null ? getMessage() : argument + ": " + language.pick(messageJa, messageEn);
	}

	public String messageJa() {
		return messageJa;
	}

	public String messageEn() {
		return messageEn;
	}
}
