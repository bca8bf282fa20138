package jp.tsunagu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The run's table in Markdown: per scenario the hub's requests per second, percentiles and errors, the floor's, and
 * hub ÷ floor; the targets with PASS or MISS; the machine, the data and the command. Printed, saved as
 * {@code report.md} in the run directory and appended to bench/RESULTS.md (unless {@code bench.results} is empty).
 */
final class Report {

	/** The bound on the hub's overhead: hub latency at most this many times the floor's. */
	private static final double MAX_RATIO = 1.3;

	private static final String RESULTS_HEADER = """
			# Load benchmark results

			Dated entries appended by `bench/run.sh` (how to run it and what it measures: docs/national-scale.md, "Load benchmark").
			Latencies in milliseconds; *floor* is the same Cypher through the bare Neo4j driver, *ratio* hub ÷ floor.
			Figures from a machine shared with other work are noisy: each entry gives the load average.
			""";

	private final Settings settings;

	private final String command;

	private final String label;

	Report(Settings settings, String command, String label) {
		this.settings = settings;
		this.command = command;
		this.label = label;
	}

	void run() {
		List<Row> rows = settings.scenarios()
			.stream()
			.map(s -> new Row(s, Measurement.load(settings.hubResults(), s.label()),
					Measurement.load(settings.floorResults(), s.label())))
			.toList();
		String report = header() + table(rows) + mixParts(rows) + targets(rows);
		System.out.println();
		System.out.println(report);
		write(settings.run().resolve("report.md"), report, false);
		String results = System.getProperty("bench.results", "");
		if (!results.isBlank()) {
			Path file = Path.of(results);
			if (!Files.exists(file)) {
				write(file, RESULTS_HEADER, false);
			}
			write(file, "\n" + report, true);
			System.out.println("Appended to " + file);
		}
	}

	record Row(Scenario scenario, Measurement hub, Measurement floor) {

		Double ratio(ToDoubleFunction<Measurement> percentile) {
			if (hub == null || floor == null || percentile.applyAsDouble(floor) <= 0) {
				return null;
			}
			return percentile.applyAsDouble(hub) / percentile.applyAsDouble(floor);
		}
	}

	private String header() {
		JsonNode targets = Json.read(settings.run().resolve("targets.json"));
		JsonNode data = targets.path("data");
		String areas = stream(targets.path("mapAreas"))
			.map(a -> "%s %s (%,d people)".formatted(a.path("code").asText(), a.path("name").asText(), a.path("population").asLong()))
			.collect(Collectors.joining(", "));
		String councils = stream(targets.path("councils"))
			.map(c -> "%s (%,d households)".formatted(c.path("name").asText(), c.path("households").asLong()))
			.collect(Collectors.joining(", "));
		return """
				## %s — %s

				- Command: `%s`
				- Machine: %s; hub `-Xmx%s`, page cache %s; load average at the end (1/5/15 min): %s
				- Data: %,d nodes, %,d relationships (%,d organisations, %,d households)
				- Households read as coordinators of %s; network maps of %s
				- %d clients per scenario (closed model), %d s each, the mix %d s, after one request of each shape and
				  %d s of the mix as warm-up (hub and floor each); at most %d prepared requests per scenario, the floor
				  replaying the Cypher of the first %d of each

				""".formatted(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
				label, command, Machine.describe(), System.getProperty("bench.heap", "?"),
				System.getProperty("bench.pageCache", "hub default"), Machine.loadAverage(),
				data.path("nodes").asLong(), data.path("relationships").asLong(), data.path("organizations").asLong(),
				data.path("households").asLong(), councils, areas, settings.users(), settings.durationSeconds(),
				settings.mixDurationSeconds(), settings.warmupSeconds(), settings.records(),
				settings.capturedRequests());
	}

	private static String table(List<Row> rows) {
		StringBuilder table = new StringBuilder("""
				| scenario | hub req/s | hub p50 | hub p95 | hub p99 | hub errors | floor req/s | floor p50 | floor p95 | floor p99 | floor errors | p50 ratio | p99 ratio |
				|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|
				""");
		for (Row row : rows) {
			table.append("| ").append(row.scenario().label()).append(" | ")
				.append(cells(row.hub())).append(" | ")
				.append(cells(row.floor())).append(" | ")
				.append(ratio(row.ratio(Measurement::p50))).append(" | ")
				.append(ratio(row.ratio(Measurement::p99))).append(" |\n");
		}
		return table.toString();
	}

	private static String cells(Measurement m) {
		if (m == null) {
			return "– | – | – | – | –";
		}
		return "%.1f | %s | %s | %s | %d".formatted(m.requestsPerSecond(), ms(m.p50()), ms(m.p95()), ms(m.p99()), m.errors());
	}

	private static String mixParts(List<Row> rows) {
		Measurement mix = rows.stream()
			.filter(row -> row.scenario() == Scenario.MIX && row.hub() != null)
			.map(Row::hub)
			.findFirst()
			.orElse(null);
		if (mix == null || mix.parts() == null || mix.parts().isEmpty()) {
			return "";
		}
		StringBuilder table = new StringBuilder("""

				The mix on the hub, by scenario:

				| part | requests | share | p50 | p95 | p99 | errors |
				|---|--:|--:|--:|--:|--:|--:|
				""");
		for (Map.Entry<String, Measurement> part : mix.parts().entrySet()) {
			Measurement m = part.getValue();
			table.append("| %s | %d | %.1f%% | %s | %s | %s | %d |\n".formatted(part.getKey(), m.requests(),
					100.0 * m.requests() / Math.max(1, mix.requests()), ms(m.p50()), ms(m.p95()), ms(m.p99()), m.errors()));
		}
		return table.toString();
	}

	private String targets(List<Row> rows) {
		List<String[]> lines = new ArrayList<>();
		Measurement discover = hub(rows, Scenario.DISCOVER);
		Measurement map = hub(rows, Scenario.NETWORK_MAP);
		Measurement search = hub(rows, Scenario.SEARCH);
		Measurement mix = hub(rows, Scenario.MIX);
		lines.add(target("discover p99 ≤ 50 ms", discover, m -> m.p99() <= 50, m -> ms(m.p99()) + " ms"));
		lines.add(target("discover p50 ≤ 15 ms", discover, m -> m.p50() <= 15, m -> ms(m.p50()) + " ms"));
		lines.add(target("networkMap of a municipality of ~100,000 people p99 ≤ 150 ms", map, m -> m.p99() <= 150,
				m -> ms(m.p99()) + " ms"));
		lines.add(target("search p99 ≤ 50 ms", search, m -> m.p99() <= 50, m -> ms(m.p99()) + " ms"));
		lines.add(target("mix ≥ 300 requests/s", mix, m -> m.requestsPerSecond() >= 300,
				m -> "%.1f req/s".formatted(m.requestsPerSecond())));
		lines.add(target("mix with zero errors", mix, m -> m.errors() == 0, m -> m.errors() + " errors"));
		lines.add(target("mix for 10 minutes", mix, m -> m.seconds() >= 600, m -> "%.0f s".formatted(m.seconds())));
		lines.add(overhead(rows));
		StringBuilder table = new StringBuilder("""

				| target (issue 5) | measured | verdict |
				|---|---|---|
				""");
		lines.forEach(line -> table.append("| ").append(String.join(" | ", line)).append(" |\n"));
		return table.toString();
	}

	private static Measurement hub(List<Row> rows, Scenario scenario) {
		return rows.stream().filter(row -> row.scenario() == scenario).map(Row::hub).findFirst().orElse(null);
	}

	private static String[] target(String name, Measurement m, java.util.function.Predicate<Measurement> met,
			java.util.function.Function<Measurement, String> shown) {
		if (m == null) {
			return new String[] { name, "not run", "–" };
		}
		return new String[] { name, shown.apply(m), met.test(m) ? "PASS" : "MISS" };
	}

	/** Every scenario run on both: hub p50 and p99 each at most 1.3 × the floor's; the worst ratio shown. */
	private static String[] overhead(List<Row> rows) {
		String name = "hub latency ≤ 1.3 × floor (p50 and p99, every scenario)";
		Row worst = null;
		double worstRatio = 0;
		for (Row row : rows) {
			for (Double ratio : new Double[] { row.ratio(Measurement::p50), row.ratio(Measurement::p99) }) {
				if (ratio != null && ratio > worstRatio) {
					worstRatio = ratio;
					worst = row;
				}
			}
		}
		if (worst == null) {
			return new String[] { name, "floor not run", "–" };
		}
		return new String[] { name, "worst %s (%s)".formatted(ratio(worstRatio), worst.scenario().label()),
				worstRatio <= MAX_RATIO ? "PASS" : "MISS" };
	}

	private static String ms(double millis) {
		return String.format(Locale.ROOT, millis < 10 ? "%.1f" : "%.0f", millis);
	}

	private static String ratio(Double ratio) {
		return ratio == null ? "–" : String.format(Locale.ROOT, "%.2f×", ratio);
	}

	private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items.stream();
	}

	private static void write(Path file, String text, boolean append) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, text, append ? new StandardOpenOption[] { StandardOpenOption.CREATE, StandardOpenOption.APPEND }
					: new StandardOpenOption[] { StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING });
		}
		catch (IOException ex) {
			throw new BenchException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}
}
