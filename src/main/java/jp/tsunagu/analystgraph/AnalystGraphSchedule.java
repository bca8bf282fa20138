package jp.tsunagu.analystgraph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the analysts' graph fresh: rebuilt on the configured schedule (nightly by default, in Japan's time), and on
 * start when it has never been built (after the demo network, when one is loaded). Both the check and the build run
 * off the start-up thread: opening the analysts' embedded DBMS takes seconds that the hub's readiness does not wait
 * for.
 */
@Component
@Order(10)
class AnalystGraphSchedule implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AnalystGraphSchedule.class);

	private final AnalystGraphRebuild rebuild;

	private final AnalystGraphProperties properties;

	AnalystGraphSchedule(AnalystGraphRebuild rebuild, AnalystGraphProperties properties) {
		this.rebuild = rebuild;
		this.properties = properties;
	}

	@Scheduled(cron = "${tsunagu.analyst-graph.schedule:0 0 3 * * *}", zone = "Asia/Tokyo")
	void rebuildOnSchedule() {
		rebuildLogged("scheduled");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.rebuildWhenEmpty()) {
			return;
		}
		Thread first = new Thread(this::buildWhenNeverBuilt, "analyst-graph-first-build");
		first.setDaemon(true);
		first.start();
	}

	private void buildWhenNeverBuilt() {
		try {
			if (rebuild.built()) {
				return;
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not open the analysts' graph to see whether it was ever built", ex);
			return;
		}
		rebuildLogged("first");
	}

	private void rebuildLogged(String which) {
		try {
			rebuild.rebuild(message -> {
			});
		}
		catch (RuntimeException ex) {
			log.error("The {} rebuild of the analysts' graph failed; it keeps what it had (maybe a partial graph "
					+ "without a snapshot) until the next one", which, ex);
		}
	}
}
