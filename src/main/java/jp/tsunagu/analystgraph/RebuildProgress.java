package jp.tsunagu.analystgraph;

import java.time.Duration;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a rebuild reports while it runs: to the log, to whoever asked for it (the CLI), and to the status query. */
final class RebuildProgress {

	private static final Logger log = LoggerFactory.getLogger(RebuildProgress.class);

	private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

	private final Consumer<String> listener;

	private final long started = System.nanoTime();

	private long lastReport;

	private volatile String stage = "starting";

	RebuildProgress(Consumer<String> listener) {
		this.listener = listener;
	}

	void stage(String name) {
		stage = name;
		report("analysts' graph: " + name);
	}

	/** A count within the current stage, reported at most every five seconds. */
	void copied(String what, long count) {
		stage = what + ": " + count;
		long now = System.nanoTime();
		if (now - lastReport >= EVERY_NANOS) {
			lastReport = now;
			report("analysts' graph: " + what + " " + count + " copied (" + elapsed().toSeconds() + " s)");
		}
	}

	void done(String what, long count) {
		report("analysts' graph: " + what + " " + count + " copied (" + elapsed().toMillis() + " ms so far)");
	}

	String stage() {
		return stage;
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private void report(String message) {
		log.info(message);
		listener.accept(message);
	}
}
