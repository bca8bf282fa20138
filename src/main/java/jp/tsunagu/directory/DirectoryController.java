package jp.tsunagu.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.UserError;
import jp.tsunagu.directory.DirectoryInputs.DirectoryEntryInput;
import jp.tsunagu.directory.DirectoryInputs.DirectoryEntryPayload;
import jp.tsunagu.directory.DirectoryInputs.HsdsDataPackageFiles;
import jp.tsunagu.directory.DirectoryInputs.HsdsFile;
import jp.tsunagu.directory.DirectoryInputs.HsdsPage;
import jp.tsunagu.directory.DirectoryInputs.ImportHsdsInput;
import jp.tsunagu.directory.DirectoryInputs.ImportHsdsPayload;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.service.Service;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@Controller
class DirectoryController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_PAGE_SIZE = 500;

	private final DirectoryQueries store;

	private final DirectoryService service;

	private final HsdsExport export;

	private final HsdsFiles files;

	DirectoryController(DirectoryQueries store, DirectoryService service, HsdsExport export, HsdsFiles files) {
		this.store = store;
		this.service = service;
		this.export = export;
		this.files = files;
	}

	@BatchMapping(typeName = "Service", field = "directory")
	Mono<Map<Service, DirectoryEntry>> serviceDirectory(List<Service> services) {
		return store.read(HsdsEntity.SERVICE, services.stream().map(Service::id).toList())
			.map(trees -> {
				Map<Service, DirectoryEntry> entries = new java.util.LinkedHashMap<>();
				services.forEach(s -> entries.put(s, DirectoryEntry.from(HsdsEntity.SERVICE, trees.getOrDefault(s.id(), Map.of()))));
				return entries;
			});
	}

	@BatchMapping(typeName = "Organization", field = "directory")
	Mono<Map<Organization, DirectoryEntry>> organizationDirectory(List<Organization> organizations) {
		return store.read(HsdsEntity.ORGANIZATION, organizations.stream().map(Organization::id).toList())
			.map(trees -> {
				Map<Organization, DirectoryEntry> entries = new java.util.LinkedHashMap<>();
				organizations.forEach(o -> entries.put(o,
						DirectoryEntry.from(HsdsEntity.ORGANIZATION, trees.getOrDefault(o.id(), Map.of()))));
				return entries;
			});
	}

	@MutationMapping
	Mono<DirectoryEntryPayload> saveDirectoryEntry(@Argument DirectoryEntryInput input) {
		return service.save(input);
	}

	@QueryMapping
	Mono<HsdsPage> hsdsServices(@Argument Integer page, @Argument Integer size) {
		checkPage(page, size);
		return export.services(page, size).map(DirectoryController::page);
	}

	@QueryMapping
	Mono<HsdsPage> hsdsOrganizations(@Argument Integer page, @Argument Integer size) {
		checkPage(page, size);
		return export.organizations(page, size).map(DirectoryController::page);
	}

	@QueryMapping
	Mono<String> hsdsService(@Argument String id) {
		return export.service(id).map(JSON::writeValueAsString);
	}

	@QueryMapping
	Mono<String> hsdsOrganization(@Argument String id) {
		return export.organization(id).map(JSON::writeValueAsString);
	}

	@QueryMapping
	Mono<HsdsDataPackageFiles> hsdsDataPackage() {
		return files.dataPackage(progress -> {
		}).map(contents -> {
			List<HsdsFile> list = new ArrayList<>();
			contents.forEach((name, content) -> list.add(new HsdsFile(name, content)));
			return new HsdsDataPackageFiles(list);
		});
	}

	@MutationMapping
	@SuppressWarnings("unchecked")
	Mono<ImportHsdsPayload> importHsds(@Argument ImportHsdsInput input) {
		Map<String, Object> document;
		try {
			document = JSON.readValue(input.json(), Map.class);
		}
		catch (JacksonException ex) {
			return Mono.just(new ImportHsdsPayload(0, 0, List.of(UserError.of("json",
					"JSONとして読めません", "the text is not JSON: " + ex.getOriginalMessage()))));
		}
		return files.importJson(document, input.organizationKind())
			.map(report -> new ImportHsdsPayload(report.organizations(), report.services(), report.problems()
				.stream()
				.map(problem -> new UserError(List.of("input", "json", problem.id(), problem.field()), problem.message()))
				.toList()));
	}

	private static void checkPage(Integer page, Integer size) {
		if (page == null || page < 1) {
			throw new InvalidArgumentException("page", "must be 1 or more, was " + page);
		}
		if (size == null || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidArgumentException("size", "must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
		}
	}

	private static HsdsPage page(Map<String, Object> list) {
		return new HsdsPage(((Number) list.get("total_items")).longValue(), ((Number) list.get("total_pages")).longValue(),
				((Number) list.get("page_number")).longValue(), ((Number) list.get("size")).longValue(),
				(Boolean) list.get("first_page"), (Boolean) list.get("last_page"), JSON.writeValueAsString(list));
	}
}
