package jp.tsunagu.demo;

import java.util.List;
import java.util.Map;

import jp.tsunagu.account.AccountService;
import jp.tsunagu.account.AccountService.NewAccount;
import jp.tsunagu.security.Role;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One account for each role, scoped to the demo network's 小野市 (and 吹田市 for a second council), created only
 * together with the demo network. Their generated passwords are printed once, with the network.
 */
@Component
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** username, role, organisation name, person name. */
	static final List<List<String>> ACCOUNTS = List.of(
			List.of("ono.coordinator", "COORDINATOR", "小野市社会福祉協議会", ""),
			List.of("suita.coordinator", "COORDINATOR", "吹田市社会福祉協議会", ""),
			List.of("kisumino.staff", "MEMBER_STAFF", "社会福祉法人きすみ野福祉会", ""),
			List.of("fujiwara.volunteer", "COMMISSIONED_VOLUNTEER", "小野市民生委員児童委員協議会", "藤原 京子"),
			List.of("demo.analyst", "ANALYST", "", ""),
			List.of("demo.admin", "ADMINISTRATOR", "", ""));

	private final AccountService accounts;

	private final Driver driver;

	DemoAccounts(AccountService accounts, Driver driver) {
		this.accounts = accounts;
		this.driver = driver;
	}

	void create() {
		StringBuilder table = new StringBuilder();
		for (List<String> spec : ACCOUNTS) {
			AccountService.Created created = accounts
				.create(new NewAccount(spec.get(0), Role.valueOf(spec.get(1)), id("Organization", spec.get(2)),
						id("Person", spec.get(3))), AccountService.ChangedBy.hub("demo accounts"))
				.block();
			if (created.account() == null) {
				throw new IllegalStateException("Demo account " + spec.get(0) + ": " + created.errors().list());
			}
			table.append(String.format("%n   %-20s %-24s %s  %s", spec.get(0), spec.get(1), created.password(),
					spec.get(2) + (spec.get(3).isEmpty() ? "" : " / " + spec.get(3))));
		}
		log.warn("""

				=====================================================================
				 Demo accounts (passwords shown only this once; reset with resetAccountPassword):{}
				=====================================================================""", table);
	}

	private String id(String label, String name) {
		if (name.isEmpty()) {
			return null;
		}
		try (Session session = driver.session()) {
			return session.run("MATCH (n {name: $name}) WHERE $label IN labels(n) RETURN n.id AS id LIMIT 1",
					Map.of("name", name, "label", label)).single().get("id").asString();
		}
	}
}
