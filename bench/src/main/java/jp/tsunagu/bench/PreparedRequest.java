package jp.tsunagu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One GraphQL request of a scenario, ready to send: the account it is sent as and the body, as the hub receives it.
 * Setup writes them to {@code requests/<scenario>.jsonl}; Gatling, the capture and so the floor use the same ones.
 */
record PreparedRequest(String account, String body) {

	static void save(Path directory, Scenario scenario, List<PreparedRequest> requests) {
		Json.writeLines(directory.resolve(scenario.label() + ".jsonl"), requests);
	}

	static List<PreparedRequest> load(Path directory, Scenario scenario) {
		Path file = directory.resolve(scenario.label() + ".jsonl");
		if (!Files.exists(file)) {
			throw new BenchException("no prepared requests for " + scenario.label() + " (" + file
					+ "): run the setup step first");
		}
		List<PreparedRequest> requests = Json.readLines(file).stream().map(PreparedRequest::of).toList();
		if (requests.isEmpty()) {
			throw new BenchException("no prepared requests for " + scenario.label() + " in " + file);
		}
		return requests;
	}

	private static PreparedRequest of(JsonNode line) {
		return new PreparedRequest(line.path("account").asText(), line.path("body").asText());
	}
}
