package jp.tsunagu.household;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as the welfare offices see them: "today" and "in the future" are judged in Japan, whatever the server's zone. */
public final class JapanDate {

	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	/** Cypher: today's date in Japan. */
	public static final String TODAY_IN_CYPHER = "date({timezone: 'Asia/Tokyo'})";

	private JapanDate() {
	}

	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}
}
