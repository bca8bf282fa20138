package jp.tsunagu.api;

/** The caller may not read or call a field: not signed in, or signed in without a role the field requires. */
public class NotAllowedException extends RuntimeException {

	private final boolean signInRequired;

	public NotAllowedException(String message, boolean signInRequired) {
		super(message);
		this.signInRequired = signInRequired;
	}

	public boolean signInRequired() {
		return signInRequired;
	}
}
