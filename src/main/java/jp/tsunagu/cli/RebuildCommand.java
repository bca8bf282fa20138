package jp.tsunagu.cli;

import jp.tsunagu.analystgraph.AnalystGraphRebuild;
import jp.tsunagu.analystgraph.Snapshot;
import org.springframework.stereotype.Component;

/**
 * {@code rebuild}: builds the analysts' de-identified graph afresh from the operational one, printing its progress.
 * Exit code 0 when built, 1 when the rebuild failed (the analysts' graph is then partial until the next one), 2 for
 * bad usage.
 */
@Component
public class RebuildCommand implements OfflineCommand {

	private final AnalystGraphRebuild rebuild;

	RebuildCommand(AnalystGraphRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@Override
	public int run(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("--tsunagu.") && !arg.startsWith("--spring.")) {
				System.err.println("rebuild takes no arguments (settings only, e.g. --tsunagu.analyst-graph.batch-size=10000)");
				return 2;
			}
		}
		try {
			Snapshot snapshot = rebuild.rebuild(System.out::println);
			System.out.println("rebuild: done in " + snapshot.durationMs() + " ms: " + snapshot.households()
					+ " households, " + snapshot.people() + " people, " + snapshot.organizations() + " organisations, "
					+ snapshot.directoryTies() + " directory ties");
			return 0;
		}
		catch (RuntimeException ex) {
			System.err.println("rebuild failed: " + ex);
			return 1;
		}
	}
}
