package jp.tsunagu.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jp.tsunagu.directory.HsdsFiles;
import jp.tsunagu.directory.HsdsImportReport;
import jp.tsunagu.directory.HsdsTable;
import jp.tsunagu.organization.OrganizationKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An uploaded HSDS 3.0 document (the API profile's JSON, or a zip of the tabular data package), imported through the
 * directory's HSDS import inside a transaction that also checks what a coordinator may write. A dry run is the same
 * import, rolled back: its report is exactly what the confirmed import will do.
 */
@Component
class HsdsUpload {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HsdsFiles hsds;

	private final HsdsUploadQueries queries;

	private final TransactionalOperator transaction;

	HsdsUpload(HsdsFiles hsds, HsdsUploadQueries queries, TransactionalOperator transaction) {
		this.hsds = hsds;
		this.queries = queries;
		this.transaction = transaction;
	}

	/** The document as read: JSON, or the data package's tables by name (organization, service, phone, …). */
	record Document(Map<String, Object> json, Map<String, List<Map<String, String>>> tables, String format) {

		int size() {
			return json != null ? 1 : tables.values().stream().mapToInt(List::size).sum();
		}
	}

	record Outcome(HsdsImportReport report, int created, int updated, List<Map<String, Object>> outOfScope) {
	}

	/** A .json file, or a .zip holding the data package's CSV files (at its top or in one folder). */
	@SuppressWarnings("unchecked")
	static Document read(String fileName, byte[] content) throws IOException {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".json")) {
			try {
				return new Document(JSON.readValue(content, Map.class), null, "HSDS JSON");
			}
			catch (JacksonException ex) {
				throw new UnreadableFileException("HSDS の JSON として読めません: " + ex.getOriginalMessage(),
						"not an HSDS JSON document: " + ex.getOriginalMessage());
			}
		}
		if (!name.endsWith(".zip")) {
			throw new UnreadableFileException("HSDS は .json の文書か、データパッケージの .zip で取り込めます",
					"an HSDS upload is a .json document or a .zip of the tabular data package");
		}
		Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String path = entry.getName();
				String file = path.substring(path.lastIndexOf('/') + 1);
				if (entry.isDirectory() || !file.endsWith(".csv") || file.startsWith(".")) {
					continue;
				}
				tables.put(HsdsTable.name(file), HsdsTable.rows(new InputStreamReader(zip, StandardCharsets.UTF_8)));
			}
		}
		if (!tables.containsKey("organization") && !tables.containsKey("service")) {
			throw new UnreadableFileException("zip に organizations.csv も services.csv もありません",
					"the zip holds no organizations.csv or services.csv");
		}
		return new Document(null, tables, "HSDS data package (zip)");
	}

	/**
	 * Imports the document in one transaction and reports what it wrote; rolled back for a dry run, and whenever it
	 * would write outside the scope.
	 *
	 * @param scope the area codes a coordinator may write in, or null (an administrator)
	 */
	Mono<Outcome> run(Document document, OrganizationKind kind, Set<String> scope, boolean dryRun) {
		return transaction.execute(tx -> {
			Mono<HsdsImportReport> imported = document.json() != null ? hsds.importJson(document.json(), kind)
					: hsds.importTables(document.tables(), kind);
			return imported.flatMap(report -> queries.touched(scope)
				.map(touched -> new Outcome(report, touched.created(), touched.updated(), touched.outOfScope())))
				.doOnNext(outcome -> {
					if (dryRun || !outcome.outOfScope().isEmpty()) {
						tx.setRollbackOnly();
					}
				});
		}).single(); // single() waits for completion: cancelling after the first item (next()) would roll back
	}
}
