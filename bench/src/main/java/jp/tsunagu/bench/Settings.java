package jp.tsunagu.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run is told, as system properties {@code bench.*} (bench/run.sh sets them from its options).
 *
 * @param work the work directory kept with the loaded data: the bench accounts' passwords live there
 * @param run this run's directory: requests, captured statements, Gatling results, floor results, report
 * @param hubUrl the hub's HTTP address
 * @param boltUri the embedded database's Bolt address (the floor's way in)
 * @param boltPassword the password of the database user {@code neo4j} (TSUNAGU_BOLT_PASSWORD of the hub)
 * @param users concurrent clients per scenario (closed model)
 * @param durationSeconds measured seconds per scenario
 * @param mixDurationSeconds measured seconds of the mix (the issue asks for 10 minutes)
 * @param warmupSeconds seconds of warm-up before the measured runs (hub and floor each), not counted
 * @param scenarios the scenarios to run, in order
 * @param records distinct requests prepared per scenario, which the hub's clients cycle through
 * @param capturedRequests how many of them (the first) are captured and replayed by the floor: capturing runs one request at
 * a time
 * @param councils councils whose coordinators the household scenarios sign in as
 */
record Settings(Path work, Path run, String hubUrl, String boltUri, String boltPassword, int users,
		int durationSeconds, int mixDurationSeconds, int warmupSeconds, List<Scenario> scenarios, int records,
		int capturedRequests, int councils) {

	static Settings fromSystemProperties() {
		return new Settings(Path.of(required("bench.work")), Path.of(required("bench.run")),
				System.getProperty("bench.hub", "http://127.0.0.1:18080"),
				System.getProperty("bench.bolt", "bolt://127.0.0.1:17687"), required("bench.boltPassword"),
				integer("bench.users", 8), integer("bench.duration", 60), integer("bench.mixDuration", 600),
				integer("bench.warmup", 60), scenarios(System.getProperty("bench.scenarios", "all")),
				integer("bench.records", 200), integer("bench.captured", 50), integer("bench.councils", 4));
	}

	private static List<Scenario> scenarios(String names) {
		if (names.equals("all")) {
			return Arrays.stream(Scenario.values()).filter(Scenario::measured).toList();
		}
		return Arrays.stream(names.split(",")).map(String::trim).map(Scenario::named).toList();
	}

	int durationOf(Scenario scenario) {
		return scenario == Scenario.MIX ? mixDurationSeconds : durationSeconds;
	}

	Path requests() {
		return run.resolve("requests");
	}

	Path captured() {
		return run.resolve("captured");
	}

	Path gatlingResults() {
		return run.resolve("gatling");
	}

	Path hubResults() {
		return run.resolve("hub");
	}

	Path floorResults() {
		return run.resolve("floor");
	}

	static String required(String name) {
		String value = System.getProperty(name);
		if (value == null || value.isBlank()) {
			throw new BenchException("system property " + name + " is required (bench/run.sh sets it)");
		}
		return value;
	}

	private static int integer(String name, int fallback) {
		String value = System.getProperty(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int parsed = Integer.parseInt(value.trim());
			if (parsed < 1) {
				throw new NumberFormatException();
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw new BenchException(name + " must be a whole number of at least 1, was \"" + value + "\"");
		}
	}
}
