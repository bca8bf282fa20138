package jp.tsunagu.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refusal of a REST endpoint whose reason is written in Japanese and English: its problem body's {@code detail} is
 * in the language the request prefers (Accept-Language), and {@code detailJa} and {@code detailEn} hold both.
 */
public class BilingualStatusException extends ResponseStatusException {

	private final Bilingual reason;

	public BilingualStatusException(HttpStatusCode status, String japanese, String english) {
		super(status, english + " (" + japanese + ")");
		this.reason = new Bilingual(japanese, english);
	}

	/** 401 for a caller who must sign in, else 403, with the refusal's reason. */
	public static BilingualStatusException of(NotAllowedException refused) {
		HttpStatus status = refused.signInRequired() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
		Bilingual reason = refused.reason() != null ? refused.reason()
				: new Bilingual(refused.getMessage(), refused.getMessage());
		return new BilingualStatusException(status, reason.japanese(), reason.english());
	}

	/** The given status (400 or 404) for an argument the caller got wrong, naming the argument. */
	public static BilingualStatusException of(HttpStatus status, InvalidArgumentException invalid) {
		if (invalid.messageJa() == null) {
			return new BilingualStatusException(status, invalid.getMessage(), invalid.getMessage());
		}
		return new BilingualStatusException(status, invalid.argument() + ": " + invalid.messageJa(),
				invalid.argument() + ": " + invalid.messageEn());
	}

	public Bilingual reason() {
		return reason;
	}
}
