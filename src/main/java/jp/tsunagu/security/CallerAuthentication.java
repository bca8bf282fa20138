package jp.tsunagu.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token and the caller it stands for, resolved once per request; its one authority is the role. */
final class CallerAuthentication extends JwtAuthenticationToken {

	private final transient Caller caller;

	private final boolean current;

	CallerAuthentication(Jwt jwt, Caller caller) {
		this(jwt, caller, true);
	}

	/** {@code current}: false when the caller comes from the token's claims only, its account unread. */
	CallerAuthentication(Jwt jwt, Caller caller, boolean current) {
		super(jwt, caller.isAnonymous() ? List.of() : List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())),
				caller.username());
		this.caller = caller;
		this.current = current;
	}

	boolean current() {
		return current;
	}

	Caller caller() {
		return caller;
	}
}
