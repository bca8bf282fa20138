package jp.tsunagu.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.directory.HsdsFiles;
import jp.tsunagu.directory.HsdsImportReport;
import jp.tsunagu.directory.HsdsTable;
import jp.tsunagu.organization.OrganizationKind;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code hsds export --out=DIR}: writes the directory as Open Referral HSDS 3.0, the tabular data package (CSV files
 * and datapackage.json) and {@code services.json}, every service in full as the API profile gives it.
 * {@code hsds import [--kind=NPO] PATH}: reads a JSON document (organization_full, service_full or a page of either)
 * or a data package folder. Exit code 0 when done, 1 when the import had problems (listed), 2 for bad usage.
 */
@Component
public class HsdsCommand implements OfflineCommand {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String USAGE = "Usage: hsds export --out=DIR | hsds import [--kind=SUPPORT_AGENCY] FILE.json|DIR";

	private final HsdsFiles files;

	HsdsCommand(HsdsFiles files) {
		this.files = files;
	}

	@Override
	public int run(String[] args) {
		List<String> words = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--tsunagu.") || arg.startsWith("--spring.")) {
				continue;
			}
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else {
				words.add(arg);
			}
		}
		try {
			if (words.size() == 1 && "export".equals(words.get(0)) && options.containsKey("out")) {
				return export(Path.of(options.get("out")));
			}
			if (words.size() == 2 && "import".equals(words.get(0))) {
				OrganizationKind kind = OrganizationKind.valueOf(options.getOrDefault("kind", "SUPPORT_AGENCY"));
				return importFrom(Path.of(words.get(1)), kind);
			}
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
		}
		System.err.println(USAGE);
		return 2;
	}

	private int export(Path out) {
		long started = System.nanoTime();
		try {
			Files.createDirectories(out);
			Map<String, String> tables = files.dataPackage(System.out::println).block();
			for (Map.Entry<String, String> file : tables.entrySet()) {
				Files.writeString(out.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
			int[] services = { 0 };
			try (Writer writer = Files.newBufferedWriter(out.resolve("services.json"), StandardCharsets.UTF_8)) {
				writer.write("[");
				files.servicePages().toIterable().forEach(page -> {
					System.out.println("hsds: services page " + page.get("page_number") + " of " + page.get("total_pages"));
					for (Object service : (List<?>) page.get("contents")) {
						try {
							writer.write((services[0]++ == 0 ? "\n" : ",\n") + JSON.writeValueAsString(service));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}
				});
				writer.write("\n]\n");
			}
			System.out.println("hsds export: " + services[0] + " services, " + tables.size() + " files in " + out.toAbsolutePath()
					+ " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
			return 0;
		}
		catch (IOException | UncheckedIOException ex) {
			System.err.println("hsds export failed: " + ex.getMessage());
			return 1;
		}
	}

	@SuppressWarnings("unchecked")
	private int importFrom(Path path, OrganizationKind kind) {
		try {
			HsdsImportReport report;
			if (Files.isDirectory(path)) {
				report = files.importTables(tables(path), kind).block();
			}
			else {
				Map<String, Object> document = JSON.readValue(path.toFile(), Map.class);
				report = files.importJson(document, kind).block();
			}
			System.out.println("hsds import: " + report.organizations() + " organisations, " + report.services() + " services");
			report.problems().forEach(problem -> System.out.println("  " + problem.id() + " " + problem.field() + ": "
					+ problem.message()));
			return report.problems().isEmpty() ? 0 : 1;
		}
		catch (IOException | JacksonException ex) {
			System.err.println("hsds import failed: " + ex.getMessage());
			return 2;
		}
	}

	/** Every CSV file of the folder, by its table name (services.csv → service, addresses.csv → address). */
	private static Map<String, List<Map<String, String>>> tables(Path folder) throws IOException {
		Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
		try (var listing = Files.list(folder)) {
			for (Path csv : listing.filter(file -> file.toString().endsWith(".csv")).toList()) {
				try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
					tables.put(HsdsTable.name(csv.getFileName().toString()), HsdsTable.rows(reader));
				}
			}
		}
		return tables;
	}
}
