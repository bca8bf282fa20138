package jp.tsunagu;

import java.util.Arrays;

import jp.tsunagu.cli.AccountCommand;
import jp.tsunagu.cli.GenerateCommand;
import jp.tsunagu.cli.HsdsCommand;
import jp.tsunagu.cli.ImportCommand;
import jp.tsunagu.cli.OfflineCommand;
import jp.tsunagu.cli.RebuildCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub. Subcommands: {@code serve} (the default) runs the GraphQL server; {@code import}
 * loads reference data from CSV files and exits; {@code account} adds an account or resets a password and exits;
 * {@code generate} writes a synthetic national network (see docs/national-scale.md) and exits; {@code rebuild} builds
 * the analysts' de-identified graph afresh and exits; {@code hsds} exports or imports the directory as Open Referral HSDS 3.0.
 */
@SpringBootApplication
public class TsunaguApplication {

	public static void main(String[] args) {
		String command = args.length == 0 || args[0].startsWith("-") ? "serve" : args[0];
		String[] rest = args.length == 0 || args[0].startsWith("-") ? args : Arrays.copyOfRange(args, 1, args.length);
		switch (command) {
			case "serve" -> SpringApplication.run(TsunaguApplication.class, rest);
			case "import" -> System.exit(runOffline(rest, ImportCommand.class));
			case "account" -> System.exit(runOffline(rest, AccountCommand.class));
			case "generate" -> System.exit(runOffline(rest, GenerateCommand.class));
			case "rebuild" -> System.exit(runOffline(rest, RebuildCommand.class));
			case "hsds" -> System.exit(runOffline(rest, HsdsCommand.class));
			default -> {
				System.err.println("Unknown command \"" + command + "\". Commands: serve (default), import, account, generate, rebuild, hsds");
				System.exit(2);
			}
		}
	}

	private static int runOffline(String[] args, Class<? extends OfflineCommand> command) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunaguApplication.class)
			.web(WebApplicationType.NONE)
			.run(withArgument(withArgument(args, "--tsunagu.demo.load-when-empty=false"),
					"--tsunagu.analyst-graph.rebuild-when-empty=false"))) {
			return context.getBean(command).run(args);
		}
	}

	private static String[] withArgument(String[] args, String argument) {
		String[] all = Arrays.copyOf(args, args.length + 1);
		all[args.length] = argument;
		return all;
	}
}
