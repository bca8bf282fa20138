package jp.tsunagu.cli;

import java.util.Arrays;

import jp.tsunagu.account.AccountService;
import jp.tsunagu.account.AccountService.ChangedBy;
import jp.tsunagu.account.AccountService.NewAccount;
import jp.tsunagu.security.Role;
import org.springframework.stereotype.Component;

/**
 * {@code account add --username=NAME --role=ROLE [--organization=ID] [--person=ID]} and
 * {@code account reset-password --username=NAME}: for the operator, e.g. when the administrator's password is lost.
 * Prints the generated password once; the change is an audit event whose actor is {@code operator:<OS user>}. Exit code 0 when done, 1 when the input was refused (reasons listed), 2 for
 * bad usage.
 */
@Component
public class AccountCommand implements OfflineCommand {

	private static final String USAGE = """
			Usage: account add --username=NAME --role=%s [--organization=ID] [--person=ID]
			       account reset-password --username=NAME""".formatted(String.join("|",
			Arrays.stream(Role.values()).map(Enum::name).toList()));

	private final AccountService accounts;

	AccountCommand(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public int run(String[] args) {
		String action = args.length == 0 ? "" : args[0];
		String username = option(args, "--username");
		if (username == null || !(action.equals("add") || action.equals("reset-password"))) {
			System.err.println(USAGE);
			return 2;
		}
		AccountService.Created created;
		if (action.equals("add")) {
			Role role;
			try {
				role = Role.valueOf(String.valueOf(option(args, "--role")));
			}
			catch (IllegalArgumentException ex) {
				System.err.println(USAGE);
				return 2;
			}
			created = accounts
				.create(new NewAccount(username, role, option(args, "--organization"), option(args, "--person")),
						ChangedBy.commandLine("account add"))
				.block();
		}
		else {
			created = accounts.resetPasswordOf(username, ChangedBy.commandLine("account reset-password")).block();
			if (created == null) {
				System.err.println("No account " + username);
				return 1;
			}
		}
		if (created.account() == null) {
			created.errors().list().forEach(error -> System.err.println(String.join(".", error.field()) + ": " + error.message()));
			return 1;
		}
		System.out.println("Account " + username + " (" + created.account().role() + "), password: " + created.password());
		System.out.println("The password is shown only this once.");
		return 0;
	}

	private static String option(String[] args, String name) {
		for (String arg : args) {
			if (arg.startsWith(name + "=")) {
				return arg.substring(name.length() + 1);
			}
		}
		return null;
	}
}
