package jp.tsunagu.notification;

import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxIT extends HubIntegrationTest {

	@Autowired
	OutboxWrites outbox;

	@Autowired
	TransactionalOperator transaction;

	private static OutboxEvent event(String marker) {
		return new OutboxEvent(EventKind.NETWORK_CHANGED, List.of("org-" + marker), List.of("282286"), null,
				Map.of("marker", marker));
	}

	private long eventsMarked(String marker) {
		return ((Number) single("MATCH (e:OutboxEvent) WHERE e.payload CONTAINS $marker RETURN count(e)", "marker",
				marker)).longValue();
	}

	@Test
	void eventsAreNumberedInTheOrderTheirTransactionsCommit() {
		transaction.transactional(outbox.append(event("first-of-two")).then(outbox.append(event("second-of-two"))))
			.block();

		var sequences = driver.executableQuery("""
				MATCH (e:OutboxEvent) WHERE e.payload CONTAINS '-of-two' RETURN e.sequence AS sequence,
				       e.organizationIds AS organizations, e.kind AS kind ORDER BY sequence""").execute().records();
		assertThat(sequences).hasSize(2);
		assertThat(sequences.get(1).get("sequence").asLong()).isEqualTo(sequences.get(0).get("sequence").asLong() + 1);
		assertThat(sequences.get(0).get("organizations").asList()).containsExactly("org-first-of-two");
		assertThat(sequences.get(0).get("kind").asString()).isEqualTo("NETWORK_CHANGED");
	}

	@Test
	void aRolledBackWriteLeavesNoEvent() {
		Mono<Void> failingWrite = outbox.append(event("rolled-back"))
			.then(Mono.error(new IllegalStateException("the write failed")));

		assertThatThrownBy(() -> transaction.transactional(failingWrite).block())
			.hasMessageContaining("the write failed");
		assertThat(eventsMarked("rolled-back")).isZero();
	}

}
