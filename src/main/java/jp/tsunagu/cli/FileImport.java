package jp.tsunagu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.importing.Decision;
import jp.tsunagu.importing.ImportJobReport;
import jp.tsunagu.importing.ImportKind;
import jp.tsunagu.importing.ImportService;
import jp.tsunagu.importing.RowError;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.springframework.stereotype.Component;

/**
 * {@code import --kind=organizations --file=F [--encoding=Shift_JIS] [--confirm] [--duplicates=MERGE|LINK|CREATE]}:
 * a coordinator's file, as the operator (no area limit); {@code --kind=households --record-holder=ID} a record
 * holder's household file, into that organisation's records. A dry run unless {@code --confirm}; look-alike rows then
 * take the {@code --duplicates} decision. Exit code 0 when the file is clean (and, confirmed, written), 1 when rows
 * were rejected or the write failed, 2 for bad usage.
 */
@Component
class FileImport {

	static final Caller OPERATOR = new Caller("operator (command line)", Role.ADMINISTRATOR, null, null);

	private final ImportService imports;

	FileImport(ImportService imports) {
		this.imports = imports;
	}

	int run(String[] args) {
		ImportKind kind = ImportKind.of(Options.value(args, "--kind")).orElse(null);
		String file = Options.value(args, "--file");
		String recordHolder = Options.value(args, "--record-holder");
		if (kind == null || file == null || !Files.isReadable(Path.of(file))
				|| (kind == ImportKind.HOUSEHOLDS) != (recordHolder != null)) {
			System.err.println("Usage: import --kind=organizations|people|networks|services --file=FILE.csv|.xlsx "
					+ "[--encoding=UTF-8|Shift_JIS] [--confirm] [--duplicates=MERGE|LINK|CREATE]\n"
					+ "       import --kind=households --record-holder=ORGANIZATION_ID --file=FILE.csv|.xlsx [--confirm] "
					+ "[--duplicates=MERGE|LINK]");
			return 2;
		}
		// households go into the records of the organisation named, as its staff would import them
		Caller operator = recordHolder == null ? OPERATOR
				: new Caller("operator (command line)", Role.COORDINATOR, recordHolder, null);
		try {
			Path path = Path.of(file);
			long started = System.nanoTime();
			ImportJobReport report = imports.dryRun(operator, kind, path.getFileName().toString(), Files.readAllBytes(path),
					Options.value(args, "--encoding"));
			print(report);
			System.out.println(rate("dry run (確認)", report.rows(), started));
			if (!List.of(args).contains("--confirm")) {
				System.out.println("Dry run: nothing written. Add --confirm to write the accepted rows (確認のみ。書き込むには --confirm)");
				return report.errors().isEmpty() ? 0 : 1;
			}
			String duplicates = Options.value(args, "--duplicates");
			long writing = System.nanoTime();
			ImportJobReport done = imports.confirm(operator, report.id(), List.of(),
					duplicates == null ? null : Decision.valueOf(duplicates.toUpperCase(java.util.Locale.ROOT)), Runnable::run);
			done = imports.job(operator, done.id());
			System.out.println(rate("write (書き込み)", done.done(), writing));
			System.out.printf("%s: %d written of %d (created %d, updated %d, linked %d, unchanged %d)%s%n", done.status(),
					done.done(), done.toWrite(), done.created(), done.updated(), done.linked(), done.unchanged(),
					done.failure() == null ? "" : " — " + done.failure());
			return done.failure() == null && report.errors().isEmpty() ? 0 : 1;
		}
		catch (IOException | InvalidArgumentException ex) {
			System.err.println("import: " + ex.getMessage());
			return 2;
		}
		catch (IllegalArgumentException ex) {
			System.err.println("import: " + ex.getMessage());
			return 2;
		}
	}

	private static String rate(String step, int rows, long startedNanos) {
		double seconds = (System.nanoTime() - startedNanos) / 1e9;
		return String.format("%s: %,d rows in %.1f s (%,.0f rows/s)", step, rows, seconds, rows / Math.max(seconds, 1e-9));
	}

	private static void print(ImportJobReport report) {
		System.out.printf("%s (%s, %s): %d rows, %d accepted, %d to write, %d unchanged, %d errors%n", report.fileName(),
				report.kind(), report.format(), report.rows(), report.accepted(), report.toWrite(), report.unchanged(),
				report.errors().size());
		if (!report.unknownColumns().isEmpty()) {
			System.out.println("  unknown columns (不明な列): " + report.unknownColumns());
		}
		for (RowError error : report.errors()) {
			System.out.printf("  row %d %s: %s / %s%n", error.row(), error.column(), error.reasonJa(), error.reasonEn());
		}
		report.duplicates()
			.forEach(duplicate -> System.out.printf("  row %d looks like %s%s%n", duplicate.row(),
					duplicate.candidates().stream().map(c -> c.name() + " [" + c.id() + "] (" + c.whyJa() + " / " + c.whyEn() + ")").toList(),
					duplicate.suggested() == null ? " — decide with --duplicates" : " — " + duplicate.suggested()));
	}
}
