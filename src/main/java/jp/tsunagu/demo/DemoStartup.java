package jp.tsunagu.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On start, fills an empty database with the demo network and its accounts (switch off with TSUNAGU_DEMO=false). */
@Component
@Order(2)
@ConditionalOnBooleanProperty("tsunagu.demo.load-when-empty")
class DemoStartup implements ApplicationRunner {

	private final DemoNetworkLoader loader;

	private final DemoAccounts accounts;

	DemoStartup(DemoNetworkLoader loader, DemoAccounts accounts) {
		this.loader = loader;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (loader.loadIfEmpty()) {
			accounts.create();
		}
	}
}
