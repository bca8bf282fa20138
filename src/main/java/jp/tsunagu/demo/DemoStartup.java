package jp.tsunagu.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** On start, fills an empty database with the demo network (switch off with TSUNAGU_DEMO=false). */
@Component
@ConditionalOnBooleanProperty("tsunagu.demo.load-when-empty")
class DemoStartup implements ApplicationRunner {

	private final DemoNetworkLoader loader;

	DemoStartup(DemoNetworkLoader loader) {
		this.loader = loader;
	}

	@Override
	public void run(ApplicationArguments args) {
		loader.loadIfEmpty();
	}
}
