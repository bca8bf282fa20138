package jp.tsunagu.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Values;
import org.neo4j.driver.observation.micrometer.SessionRunContext;
import org.neo4j.driver.observation.micrometer.TransactionBeginContext;
import org.neo4j.driver.observation.micrometer.TransactionCommitContext;
import org.neo4j.driver.observation.micrometer.TransactionRunContext;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The capture the load benchmark replays: one JSON line per event, parameters with the types JSON cannot tell. */
class StatementCaptureTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void writesTransactionsAndStatementsWithTypedParameters(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("statements.jsonl");
		StatementCapture capture = new StatementCapture(file, json);
		capture.onStart(new SessionRunContext(Session.class, "MATCH (a:Account {username: $u}) RETURN a",
				Values.value(Map.of("u", "admin"))));
		capture.onStart(new TransactionBeginContext(Object.class));
		capture.onStart(new TransactionRunContext(Object.class, "RETURN $p",
				Values.value(Map.of("p", Map.of("ids", List.of("a", "b"), "n", 3, "on", LocalDate.of(2026, 11, 30),
						"at", ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo")), "none", Values.NULL)))));
		capture.onStart(new TransactionCommitContext(Object.class));
		capture.destroy();

		List<JsonNode> events = Files.readAllLines(file).stream().map(json::readTree).toList();
		assertThat(events).extracting(event -> event.path("event").asString())
			.containsExactly("AUTO_COMMIT", "BEGIN", "RUN", "COMMIT");
		assertThat(events.get(0).path("parameters").path("u").asString()).isEqualTo("admin");
		JsonNode p = events.get(2).path("parameters").path("p");
		assertThat(p.path("ids").get(1).asString()).isEqualTo("b");
		assertThat(p.path("n").isIntegralNumber()).isTrue();
		assertThat(p.path("on").path("$type").asString()).isEqualTo("DATE");
		assertThat(p.path("on").path("value").asString()).isEqualTo("2026-11-30");
		assertThat(p.path("at").path("$type").asString()).isEqualTo("DATE_TIME");
		assertThat(ZonedDateTime.parse(p.path("at").path("value").asString()).toInstant())
			.isEqualTo(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo")).toInstant());
		assertThat(p.has("none") && p.path("none").isNull()).isTrue();
	}
}
