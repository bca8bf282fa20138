package jp.tsunagu.household;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagu.contact.*}: when a support tie counts as live. One setting for every question that asks it
 * ({@code whoKnows}, {@code discover}'s warmth, {@code lostConnections}, {@code loanScreening}), so they agree.
 *
 * @param liveDays a support tie is live while its last contact (without one, its start) lies at most this many days
 * back, in Japan's calendar
 */
@ConfigurationProperties("tsunagu.contact")
public record ContactProperties(@DefaultValue("180") int liveDays) {

	public ContactProperties {
		if (liveDays < 1) {
			throw new IllegalArgumentException("tsunagu.contact.live-days must be 1 or more, was " + liveDays);
		}
	}

	/**
	 * Cypher: the date a support tie {@code tie} was last used: its last contact, or without one its start. Live when
	 * at most {@link #liveDays()} days before {@link JapanDate#TODAY_IN_CYPHER}.
	 */
	public static String lastUse(String tie) {
		return "coalesce(" + tie + ".lastContact, " + tie + ".since)";
	}
}
