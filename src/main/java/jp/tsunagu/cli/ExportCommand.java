package jp.tsunagu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.exporting.ExportFile;
import jp.tsunagu.exporting.ExportService;
import jp.tsunagu.exporting.GraphFormat;
import jp.tsunagu.importing.ImportKind;
import org.springframework.stereotype.Component;

/**
 * {@code export --list=organizations|people|networks|services --area=CODE [--format=csv|xlsx] --out=FILE} and
 * {@code export --graph=gexf|graphml|kumu.xlsx|kumu-elements.csv|kumu-connections.csv
 * (--area=CODE | --network=ID | --organization=ID) --out=FILE}. Exit code 0 when written, 2 for bad usage.
 */
@Component
public class ExportCommand implements OfflineCommand {

	private static final String USAGE = "Usage: export --list=organizations|people|networks|services --area=CODE "
			+ "[--format=csv|xlsx] --out=FILE\n       export --graph=gexf|graphml|kumu.xlsx|kumu-elements.csv|"
			+ "kumu-connections.csv (--area=CODE | --network=ID | --organization=ID) --out=FILE";

	private final ExportService exports;

	ExportCommand(ExportService exports) {
		this.exports = exports;
	}

	@Override
	public int run(String[] args) {
		String out = Options.value(args, "--out");
		String list = Options.value(args, "--list");
		String graph = Options.value(args, "--graph");
		if (out == null || (list == null) == (graph == null)) {
			System.err.println(USAGE);
			return 2;
		}
		try {
			ExportFile file;
			if (list != null) {
				ImportKind kind = ImportKind.of(list).orElse(null);
				if (kind == null) {
					System.err.println(USAGE);
					return 2;
				}
				String format = Options.value(args, "--format");
				file = exports.list(FileImport.OPERATOR, kind, Options.value(args, "--area"), format == null ? "csv" : format);
			}
			else {
				GraphFormat format = GraphFormat.of(graph).orElse(null);
				if (format == null) {
					System.err.println(USAGE);
					return 2;
				}
				file = exports.graph(FileImport.OPERATOR, new ExportService.GraphScope(Options.value(args, "--area"),
						Options.value(args, "--network"), Options.value(args, "--organization")), format);
			}
			Files.write(Path.of(out), file.content());
			System.out.println("Wrote " + out + " (" + file.content().length + " bytes, " + file.mediaType() + ")");
			return 0;
		}
		catch (InvalidArgumentException ex) {
			System.err.println("export: " + ex.getMessage());
			return 2;
		}
		catch (IOException ex) {
			System.err.println("export: cannot write " + out + ": " + ex.getMessage());
			return 2;
		}
	}
}
