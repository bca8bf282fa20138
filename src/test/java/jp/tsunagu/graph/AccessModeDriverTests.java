package jp.tsunagu.graph;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.NotificationClassification;
import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.SessionConfig;

import static org.assertj.core.api.Assertions.assertThat;

class AccessModeDriverTests {

	@Test
	void aSessionTurnedReadKeepsEverythingElseItWasGiven() {
		SessionConfig write = SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.WRITE)
			.withBookmarks(Bookmark.from("FB:one"), Bookmark.from("FB:two"))
			.withDatabase("neo4j")
			.withImpersonatedUser("someone")
			.withFetchSize(500)
			.withMinimumNotificationSeverity(NotificationSeverity.WARNING)
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.HINT))
			.build();

		SessionConfig read = AccessModeDriver.withAccessMode(write, AccessMode.READ);

		assertThat(read.defaultAccessMode()).isEqualTo(AccessMode.READ);
		assertThat(read).usingRecursiveComparison().ignoringFields("defaultAccessMode").isEqualTo(write);
	}

	@Test
	void aPlainSessionTurnedReadStaysPlain() {
		SessionConfig read = AccessModeDriver.withAccessMode(SessionConfig.defaultConfig(), AccessMode.READ);

		assertThat(read).usingRecursiveComparison()
			.ignoringFields("defaultAccessMode")
			.isEqualTo(SessionConfig.defaultConfig());
	}
}
