package jp.tsunagu.bench;

import java.nio.file.Path;

/**
 * The benchmark's steps, each run by bench/run.sh in order: {@code setup} (accounts, targets, prepared requests),
 * {@code capture} (what the hub sends to the database for each request), {@code floor} (those statements through the
 * bare driver), {@code hub} (Gatling against the hub) and {@code report} (the table, the targets, RESULTS.md); {@code compare} instead of the others, for the comparison
 * with @neo4j/graphql ({@code bench/run.sh --compare}).
 * Settings come as system properties (see {@link Settings}).
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) {
		String step = args.length == 0 ? "" : args[0];
		try {
			Settings settings = Settings.fromSystemProperties();
			switch (step) {
				case "setup" -> new Setup(settings, Settings.required("bench.adminPassword")).run();
				case "capture" -> new Capture(settings, Path.of(Settings.required("bench.captureFile"))).run();
				case "floor" -> new Floor(settings).run();
				case "hub" -> new HubRuns(settings).run();
				case "compare" -> new Comparison(settings).run();
				case "report" -> new Report(settings, Settings.required("bench.command"), Settings.required("bench.label")).run();
				default -> {
					System.err.println("Usage: BenchMain setup|capture|floor|hub|report|compare (settings as -Dbench.*)");
					System.exit(2);
				}
			}
		}
		catch (BenchException ex) {
			System.err.println("bench " + step + ": " + ex.getMessage());
			System.exit(1);
		}
		System.exit(0);
	}
}
