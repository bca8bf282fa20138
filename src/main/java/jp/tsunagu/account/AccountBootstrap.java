package jp.tsunagu.account;

import jp.tsunagu.security.LocalAccountsCondition;
import jp.tsunagu.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with no accounts, creates the administrator {@code admin} with a random password printed once.
 * There is no fixed default password; a lost one is reset with {@code account reset-password --username=admin}.
 */
@Component
@Order(1)
@Conditional(LocalAccountsCondition.class)
class AccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	private final AccountService accounts;

	AccountBootstrap(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (Boolean.TRUE.equals(accounts.anyExists().block())) {
			return;
		}
		AccountService.Created created = accounts.create(new AccountService.NewAccount("admin", Role.ADMINISTRATOR, null, null),
				AccountService.ChangedBy.hub("first start"))
			.block();
		if (!created.errors().isEmpty()) {
			// hubs started together against a new database: another one was first
			log.info("Another hub created the administrator account first");
			return;
		}
		log.warn("""

				=====================================================================
				 First start: created the administrator account.
				   username: admin
				   password: {}
				 It is shown only this once. Sign in with POST /auth/token.
				=====================================================================""", created.password());
	}
}
