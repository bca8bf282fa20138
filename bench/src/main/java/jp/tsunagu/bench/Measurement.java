package jp.tsunagu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One scenario measured, on the hub (from Gatling's log) or on the floor: requests per second, percentiles in
 * milliseconds, failed requests and what the first failure said. {@code parts} breaks the mix down by scenario.
 */
record Measurement(String scenario, int users, double seconds, long requests, long errors, double requestsPerSecond,
		double p50, double p95, double p99, String firstError, Map<String, Measurement> parts) {

	void save(Path directory) {
		Json.writeFile(directory.resolve(scenario + ".json"), this);
	}

	/** The measurement saved for a scenario, or null when that step did not run. */
	static Measurement load(Path directory, String scenario) {
		Path file = directory.resolve(scenario + ".json");
		if (!Files.exists(file)) {
			return null;
		}
		try {
			return Json.MAPPER.treeToValue(Json.read(file), Measurement.class);
		}
		catch (Exception ex) {
			throw new BenchException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}
}
