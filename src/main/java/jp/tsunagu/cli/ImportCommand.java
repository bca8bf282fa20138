package jp.tsunagu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.area.ImportReport;
import jp.tsunagu.area.ReferenceDataImport;
import org.springframework.stereotype.Component;

/**
 * {@code import --prefectures=FILE --municipalities=FILE}: loads the national code list. Exit code
 * 0 when every row went in, 1 when some rows were rejected (listed), 2 for bad usage. With {@code --kind}, imports a
 * coordinator's file instead ({@link FileImport}).
 */
@Component
public class ImportCommand implements OfflineCommand {

	private final ReferenceDataImport importer;

	private final FileImport files;

	ImportCommand(ReferenceDataImport importer, FileImport files) {
		this.importer = importer;
		this.files = files;
	}

	@Override
	public int run(String[] args) {
		if (Options.value(args, "--kind") != null) {
			return files.run(args);
		}
		Path prefectures = option(args, "--prefectures");
		Path municipalities = option(args, "--municipalities");
		if (prefectures == null && municipalities == null) {
			System.err.println("Usage: import --prefectures=prefectures.csv --municipalities=municipalities.csv\n"
					+ "       import --kind=organizations|people|networks|services --file=FILE [--confirm] (docs/import-export.md)");
			return 2;
		}
		for (Path file : new Path[] { prefectures, municipalities }) {
			if (file != null && !Files.isReadable(file)) {
				System.err.println("Cannot read " + file.toAbsolutePath());
				return 2;
			}
		}
		try {
			List<ImportReport> reports = new ArrayList<>();
			if (prefectures != null) {
				reports.add(importer.importPrefectures(prefectures));
			}
			if (municipalities != null) {
				reports.add(importer.importMunicipalities(municipalities));
			}
			boolean clean = true;
			for (ImportReport report : reports) {
				System.out.println(report.summary());
				for (ImportReport.Rejected rejected : report.rejected()) {
					System.out.println("  row " + rejected.row() + ": " + rejected.reason());
					clean = false;
				}
			}
			return clean ? 0 : 1;
		}
		catch (IOException | IllegalArgumentException ex) {
			System.err.println("Import failed: " + ex.getMessage());
			return 2;
		}
	}

	private static Path option(String[] args, String name) {
		for (String arg : args) {
			if (arg.startsWith(name + "=")) {
				return Path.of(arg.substring(name.length() + 1));
			}
		}
		return null;
	}
}
