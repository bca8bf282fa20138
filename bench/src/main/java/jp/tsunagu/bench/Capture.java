package jp.tsunagu.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sends every prepared request once, one at a time, to a hub started with {@code tsunagu.bench.statement-capture}
 * (the hub's {@code observability/StatementCapture}), and keeps what the hub sent to the database for each: its
 * transactions and the statements in them, text and parameters. The floor replays exactly these. One request at a
 * time, so the statements the capture file gained while a request ran are that request's. A request that fails (an
 * error in the answer, or the hub's time limit) is reported and left out of the floor; the hub's runs count it.
 */
final class Capture {

	private final Settings settings;

	private final Path captureFile;

	private final HubClient hub;

	Capture(Settings settings, Path captureFile) {
		this.settings = settings;
		this.captureFile = captureFile;
		this.hub = new HubClient(settings.hubUrl());
	}

	void run() {
		if (!Files.exists(captureFile)) {
			throw new BenchException("no capture file " + captureFile
					+ ": start the hub with --tsunagu.bench.statement-capture=" + captureFile);
		}
		Map<String, String> tokens = BenchAccounts.in(settings.work()).signInAll(hub);
		for (Scenario scenario : Scenario.MIX.parts()) {
			List<Map<String, Object>> captured = new ArrayList<>();
			IntSummaryStatistics statements = new IntSummaryStatistics();
			int overlapping = 0;
			List<String> failures = new ArrayList<>();
			List<PreparedRequest> prepared = PreparedRequest.load(settings.requests(), scenario);
			List<PreparedRequest> requests = prepared.subList(0, Math.min(prepared.size(), settings.capturedRequests()));
			long started = System.nanoTime();
			long reported = started;
			for (PreparedRequest request : requests) {
				if (System.nanoTime() - reported > 10_000_000_000L) {
					reported = System.nanoTime();
					System.out.printf("%-15s %d of %d captured (%.0f s)%n", scenario.label(), captured.size(),
							requests.size(), (reported - started) / 1e9);
				}
				long before = settledSize();
				try {
					hub.send(tokens.get(request.account()), request.body());
				}
				catch (BenchException ex) {
					failures.add(ex.getMessage());
					continue;
				}
				Grouping grouping = Grouping.of(eventsSince(before, settledSize()));
				overlapping += grouping.overlapping();
				statements.accept(grouping.statementCount());
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("account", request.account());
				line.put("groups", grouping.groups());
				captured.add(line);
			}
			if (captured.isEmpty()) {
				throw new BenchException("every " + scenario.label() + " request failed; the first: " + failures.get(0));
			}
			Json.writeLines(settings.captured().resolve(scenario.label() + ".jsonl"), captured);
			System.out.printf("%-15s %4d requests captured, %d–%d statements each%s%s%n", scenario.label(),
					captured.size(), statements.getMin(), statements.getMax(),
					overlapping == 0 ? "" : " (" + overlapping + " overlapping transactions, replayed as one)",
					failures.isEmpty() ? "" : "; " + failures.size() + " of " + requests.size()
							+ " failed (not replayed by the floor), the first: " + failures.get(0));
		}
	}

	private long size() {
		try {
			return Files.size(captureFile);
		}
		catch (IOException ex) {
			throw new BenchException("cannot read " + captureFile + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The file's size once the hub's last line is written whole: the hub writes its capture beside the answer, so a
	 * line may still be on its way when the answer arrives. Waits up to two seconds for a line end at a stable size.
	 */
	private long settledSize() {
		long deadline = System.nanoTime() + 2_000_000_000L;
		long size = size();
		while (System.nanoTime() < deadline) {
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			long now = size();
			if (now == size && endsWithLine(now)) {
				return now;
			}
			size = now;
		}
		return size;
	}

	private boolean endsWithLine(long size) {
		if (size == 0) {
			return true;
		}
		try (RandomAccessFile file = new RandomAccessFile(captureFile.toFile(), "r")) {
			file.seek(size - 1);
			return file.read() == '\n';
		}
		catch (IOException ex) {
			throw new BenchException("cannot read " + captureFile + ": " + ex.getMessage(), ex);
		}
	}

	private List<JsonNode> eventsSince(long offset, long end) {
		try (RandomAccessFile file = new RandomAccessFile(captureFile.toFile(), "r")) {
			byte[] appended = new byte[(int) (end - offset)];
			file.seek(offset);
			file.readFully(appended);
			List<JsonNode> events = new ArrayList<>();
			for (String line : new String(appended, StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					events.add(Json.parse(line));
				}
			}
			return events;
		}
		catch (IOException ex) {
			throw new BenchException("cannot read " + captureFile + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The events of one request as the floor replays them: an auto-commit statement alone, the statements between
	 * BEGIN and COMMIT (or ROLLBACK) together. Should two transactions of one request overlap (the capture cannot
	 * tell whose statement is whose), they are replayed as one.
	 */
	record Grouping(List<Map<String, Object>> groups, int statementCount, int overlapping) {

		static Grouping of(List<JsonNode> events) {
			List<Map<String, Object>> groups = new ArrayList<>();
			Map<String, Object> open = null;
			int depth = 0;
			int statements = 0;
			int overlapping = 0;
			for (JsonNode event : events) {
				switch (event.path("event").asText()) {
					case "AUTO_COMMIT" -> {
						groups.add(group(false, List.of(statement(event))));
						statements++;
					}
					case "BEGIN" -> {
						if (depth++ == 0) {
							open = group(true, new ArrayList<>());
							groups.add(open);
						}
						else {
							overlapping++;
						}
					}
					case "RUN" -> {
						if (open == null) {
							groups.add(group(true, new ArrayList<>(List.of(statement(event)))));
						}
						else {
							statementsOf(open).add(statement(event));
						}
						statements++;
					}
					case "COMMIT", "ROLLBACK" -> {
						if (depth > 0 && --depth == 0) {
							open.put("rollback", event.path("event").asText().equals("ROLLBACK"));
							open = null;
						}
					}
					default -> throw new BenchException("unknown capture event " + event);
				}
			}
			return new Grouping(groups, statements, overlapping);
		}

		private static Map<String, Object> group(boolean transaction, List<Map<String, Object>> statements) {
			Map<String, Object> group = new LinkedHashMap<>();
			group.put("transaction", transaction);
			group.put("rollback", false);
			group.put("statements", statements);
			return group;
		}

		@SuppressWarnings("unchecked")
		private static List<Map<String, Object>> statementsOf(Map<String, Object> group) {
			return (List<Map<String, Object>>) group.get("statements");
		}

		private static Map<String, Object> statement(JsonNode event) {
			Map<String, Object> statement = new LinkedHashMap<>();
			statement.put("query", event.path("query").asText());
			statement.put("parameters", event.path("parameters"));
			return statement;
		}
	}
}
