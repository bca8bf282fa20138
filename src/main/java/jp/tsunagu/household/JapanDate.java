package jp.tsunagu.household;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as the welfare offices see them: "today" and "in the future" are judged in Japan, whatever the server's zone. */
final class JapanDate {

	static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private JapanDate() {
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}
}
