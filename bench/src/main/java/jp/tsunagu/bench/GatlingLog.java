package jp.tsunagu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader$;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.Status;
import io.gatling.core.config.GatlingConfiguration$;
import io.gatling.core.stats.ErrorStats;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A Gatling run's results, read from its {@code simulation.log} with Gatling's own reader, so the figures are those
 * of its HTML report (Gatling 3.14 writes no stats.json any more; the log is binary).
 */
final class GatlingLog {

	private GatlingLog() {
	}

	/** The one run in a results directory (each scenario runs in a directory of its own). */
	static Measurement read(Path results, Scenario scenario, int users) {
		Path run;
		try (Stream<Path> runs = Files.list(results)) {
			run = runs.filter(Files::isDirectory).max(Path::compareTo)
				.orElseThrow(() -> new BenchException("no Gatling run in " + results));
		}
		catch (IOException ex) {
			throw new BenchException("cannot read " + results + ": " + ex.getMessage(), ex);
		}
		LogFileData data = LogFileReader$.MODULE$
			.apply(run.getFileName().toString(), results, GatlingConfiguration$.MODULE$.load())
			.read();
		double seconds = (data.runInfo().injectEnd() - data.runInfo().injectStart()) / 1000.0;
		Map<String, Measurement> parts = new LinkedHashMap<>();
		if (scenario.parts().size() > 1) {
			for (Scenario part : scenario.parts()) {
				parts.put(part.label(), measurement(data, part.label(), Option.apply(part.label()), users, seconds, Map.of()));
			}
		}
		return measurement(data, scenario.label(), Option.empty(), users, seconds, parts);
	}

	private static Measurement measurement(LogFileData data, String label, Option<String> request, int users,
			double seconds, Map<String, Measurement> parts) {
		Option<GeneralStats> all = data.requestGeneralStats(request, Option.empty(), Option.<Status>empty());
		if (all.isEmpty()) {
			return new Measurement(label, users, seconds, 0, 0, 0, 0, 0, 0, null, parts);
		}
		GeneralStats stats = all.get();
		Option<GeneralStats> failed = data.requestGeneralStats(request, Option.empty(), Option.apply(KO$.MODULE$));
		List<ErrorStats> errors = CollectionConverters.asJava(data.errors(request, Option.empty()));
		return new Measurement(label, users, seconds, stats.count(), failed.isEmpty() ? 0 : failed.get().count(),
				stats.meanRequestsPerSec(), percentile(stats, 50), percentile(stats, 95), percentile(stats, 99),
				errors.isEmpty() ? null : errors.get(0).message(), parts);
	}

	private static double percentile(GeneralStats stats, double percent) {
		return ((Number) stats.percentile().apply(percent)).doubleValue();
	}
}
