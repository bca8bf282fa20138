package jp.tsunagu.api;

/** A query argument the caller got wrong; reported as a BAD_REQUEST error naming the argument. */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(argument + ": " + message);
		this.argument = argument;
	}

	public String argument() {
		return argument;
	}
}
