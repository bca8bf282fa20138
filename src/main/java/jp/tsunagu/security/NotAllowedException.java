package jp.tsunagu.security;

import java.util.List;

/** The caller may not read or call a field: not signed in, or signed in without a role the field requires. */
public class NotAllowedException extends RuntimeException {

	private final boolean signInRequired;

	NotAllowedException(Caller caller, List<String> roles, String field) {
		super(message(caller, roles, field));
		this.signInRequired = caller.isAnonymous();
	}

	public boolean signInRequired() {
		return signInRequired;
	}

	private static String message(Caller caller, List<String> roles, String field) {
		String needed = roles.isEmpty() ? "a signed-in caller" : "role " + String.join(" or ", roles);
		return field + " requires " + needed + (caller.isAnonymous() ? "; sign in (POST /auth/token) and send the token"
				: "; you are signed in as " + caller.role());
	}
}
