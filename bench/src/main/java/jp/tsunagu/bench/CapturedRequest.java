package jp.tsunagu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * What the hub sent to the database for one request (see {@link Capture}), ready to send again through the bare
 * driver: its transactions in order, each statement with the parameters decoded back to the types the hub sent.
 */
record CapturedRequest(List<Group> groups) {

	record Statement(String query, Map<String, Object> parameters) {
	}

	record Group(boolean transaction, boolean rollback, List<Statement> statements) {
	}

	static List<CapturedRequest> load(Path directory, Scenario scenario) {
		Path file = directory.resolve(scenario.label() + ".jsonl");
		if (!Files.exists(file)) {
			throw new BenchException("nothing captured for " + scenario.label() + " (" + file + "): run the capture step first");
		}
		return Json.readLines(file).stream().map(CapturedRequest::of).toList();
	}

	private static CapturedRequest of(JsonNode line) {
		List<Group> groups = new ArrayList<>();
		for (JsonNode group : line.path("groups")) {
			List<Statement> statements = new ArrayList<>();
			for (JsonNode statement : group.path("statements")) {
				@SuppressWarnings("unchecked")
				Map<String, Object> parameters = (Map<String, Object>) decode(statement.path("parameters"));
				statements.add(new Statement(statement.path("query").asText(), parameters));
			}
			groups.add(new Group(group.path("transaction").asBoolean(), group.path("rollback").asBoolean(), statements));
		}
		return new CapturedRequest(groups);
	}

	/** Sends the request's statements as the hub did: each transaction with its statements, every record read. */
	void replay(Session session) {
		for (Group group : groups) {
			if (!group.transaction()) {
				for (Statement statement : group.statements()) {
					session.run(statement.query(), statement.parameters()).list();
				}
				continue;
			}
			try (Transaction tx = session.beginTransaction()) {
				for (Statement statement : group.statements()) {
					tx.run(statement.query(), statement.parameters()).list();
				}
				if (group.rollback()) {
					tx.rollback();
				}
				else {
					tx.commit();
				}
			}
		}
	}

	/** The inverse of the hub's {@code StatementCapture.encode}. */
	private static Object decode(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		if (value.isObject() && value.has("$type")) {
			String text = value.path("value").asText();
			return switch (value.path("$type").asText()) {
				case "DATE" -> LocalDate.parse(text);
				case "DATE_TIME" -> ZonedDateTime.parse(text);
				case "LOCAL_DATE_TIME" -> LocalDateTime.parse(text);
				case "LOCAL_TIME" -> LocalTime.parse(text);
				case "TIME" -> OffsetTime.parse(text);
				case "BYTES" -> Base64.getDecoder().decode(text);
				default -> throw new BenchException("cannot replay a parameter of type " + value.path("$type").asText());
			};
		}
		if (value.isObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				map.put(field.getKey(), decode(field.getValue()));
			}
			return map;
		}
		if (value.isArray()) {
			List<Object> list = new ArrayList<>();
			value.forEach(item -> list.add(decode(item)));
			return list;
		}
		if (value.isIntegralNumber()) {
			return value.asLong();
		}
		if (value.isNumber()) {
			return value.asDouble();
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		return value.asText();
	}
}
