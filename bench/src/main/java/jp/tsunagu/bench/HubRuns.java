package jp.tsunagu.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gatling.app.Gatling$;

/**
 * Gatling against the hub, in this JVM: the warm-up (the mix, not counted: no report), then each scenario in a run of
 * its own, so each has its own requests per second and percentiles: Gatling's HTML report in
 * {@code gatling/<scenario>/}, the figures in {@code hub/<scenario>.json}.
 */
final class HubRuns {

	private final Settings settings;

	HubRuns(Settings settings) {
		this.settings = settings;
	}

	void run() {
		HubClient hub = new HubClient(settings.hubUrl());
		Map<String, String> tokens = BenchAccounts.in(settings.work()).signInAll(hub);
		List<PreparedRequest> all = new ArrayList<>();
		Scenario.MIX.parts().forEach(part -> all.addAll(PreparedRequest.load(settings.requests(), part)));
		Priming.eachShape("Hub", all, Shapes::of,
				request -> hub.send(tokens.get(request.account()), request.body()));
		System.out.printf("Hub warm-up: the mix for %d s%n", settings.warmupSeconds());
		gatling(Scenario.MIX, settings.warmupSeconds(), settings.run().resolve("gatling-warmup"), true);
		for (Scenario scenario : settings.scenarios()) {
			System.out.printf("Hub %s: %d clients for %d s%n", scenario.label(), settings.users(),
					settings.durationOf(scenario));
			Path results = settings.gatlingResults().resolve(scenario.label());
			gatling(scenario, settings.durationOf(scenario), results, false);
			Measurement measured = GatlingLog.read(results, scenario, settings.users());
			measured.save(settings.hubResults());
			System.out.printf("Hub   %-15s %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d%s%n",
					scenario.label(), measured.requestsPerSecond(), measured.p50(), measured.p95(), measured.p99(),
					measured.errors(), measured.firstError() == null ? "" : " (" + measured.firstError() + ")");
		}
	}

	private static void gatling(Scenario scenario, int seconds, Path results, boolean noReports) {
		System.setProperty("bench.scenario", scenario.name());
		System.setProperty("bench.seconds", String.valueOf(seconds));
		String[] args = noReports
				? new String[] { "-s", HubSimulation.class.getName(), "-rf", results.toString(), "-nr" }
				: new String[] { "-s", HubSimulation.class.getName(), "-rf", results.toString(), "-rd", scenario.label() };
		int status = Gatling$.MODULE$.fromArgs(args);
		// 2 is Gatling's "assertions failed", which this simulation has none of; failed requests are counted, not fatal
		if (status != 0 && status != 2) {
			throw new BenchException("Gatling ended with status " + status + " for " + scenario.label());
		}
	}
}
