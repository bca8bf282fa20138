package jp.tsunagu.cli;

import java.io.IOException;

import jp.tsunagu.bulk.LoadReport;
import jp.tsunagu.generator.GeneratorOptions;
import jp.tsunagu.generator.NationalNetworkGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code generate --scale=S --seed=N}: generates the synthetic national network into the configured database. Exit code
 * 0 when it is complete, 1 when the run failed or stopped early (rerun the same command to resume), 2 for bad usage.
 */
@Component
public class GenerateCommand implements OfflineCommand {

	private final NationalNetworkGenerator generator;

	GenerateCommand(NationalNetworkGenerator generator) {
		this.generator = generator;
	}

	@Override
	public int run(String[] args) {
		GeneratorOptions.Parsed parsed = GeneratorOptions.parse(args);
		if (!parsed.problems().isEmpty()) {
			parsed.problems().forEach(problem -> System.err.println("generate " + problem));
			System.err.println(GeneratorOptions.USAGE);
			return 2;
		}
		try {
			LoadReport report = generator.generate(parsed.options(), System.out);
			return report.completed() ? 0 : 1;
		}
		catch (IOException | IllegalArgumentException ex) {
			System.err.println("generate: cannot use the input: " + ex.getMessage());
			return 2;
		}
		catch (RuntimeException ex) {
			System.err.println("generate failed (rerun the same command to resume): " + ex);
			return 1;
		}
	}
}
