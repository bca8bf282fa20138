package jp.tsunagu.directory;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jp.tsunagu.organization.OrganizationKind;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The directory's HSDS 3.0 files: the tabular data package, built from the organisations page by page (services
 * with their provider), and the reading of either form.
 */
@Component
public class HsdsFiles {

	static final int PAGE = 500;

	private final HsdsExport export;

	private final HsdsImport importer;

	HsdsFiles(HsdsExport export, HsdsImport importer) {
		this.export = export;
		this.importer = importer;
	}

	/** File name → content: the CSV files and datapackage.json; {@code progress} hears of each page. */
	@SuppressWarnings("unchecked")
	public Mono<Map<String, String>> dataPackage(Consumer<String> progress) {
		HsdsDataPackage.Tables tables = new HsdsDataPackage.Tables();
		return export.organizations(1, PAGE).expand(page -> Boolean.TRUE.equals(page.get("last_page")) ? Mono.empty()
				: export.organizations(((Number) page.get("page_number")).intValue() + 1, PAGE))
			.doOnNext(page -> {
				((List<Object>) page.get("contents"))
					.forEach(organization -> tables.addOrganization((Map<String, Object>) organization));
				progress.accept("hsds: page " + page.get("page_number") + " of " + page.get("total_pages")
						+ " (organisations)");
			})
			.then(Mono.fromSupplier(tables::files));
	}

	public Mono<HsdsImportReport> importJson(Map<String, Object> document, OrganizationKind kind) {
		return importer.importDocument(document, kind);
	}

	/** @param tables rows by table name (organization, service, phone, …) */
	public Mono<HsdsImportReport> importTables(Map<String, List<Map<String, String>>> tables, OrganizationKind kind) {
		return importer.importTables(tables, kind);
	}

	/** Every page of the API profile's lists, services first, for writing out. */
	public Flux<Map<String, Object>> servicePages() {
		return export.services(1, PAGE).expand(page -> Boolean.TRUE.equals(page.get("last_page")) ? Mono.empty()
				: export.services(((Number) page.get("page_number")).intValue() + 1, PAGE));
	}
}
