package jp.tsunagu.directory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * HSDS 3.0's tabular data package: one CSV file per table (UTF-8, a header row, HSDS's column names), each entity
 * once with the ids of what holds it, and {@code datapackage.json} describing them. Also the reverse: tables read
 * back into the API profile's objects, for {@link HsdsImport}.
 */
final class HsdsDataPackage {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HsdsDataPackage() {
	}

	/** Collects the rows of every table from organization_full objects (services included). */
	static final class Tables {

		private final Map<HsdsEntity, Map<String, Map<String, Object>>> rows = new LinkedHashMap<>();

		private final Map<String, Map<String, Object>> needTerms = new LinkedHashMap<>();

		@SuppressWarnings("unchecked")
		void addOrganization(Map<String, Object> organization) {
			add(HsdsEntity.ORGANIZATION, organization, null, null);
			for (Object service : (List<Object>) organization.getOrDefault("services", List.of())) {
				add(HsdsEntity.SERVICE, (Map<String, Object>) service, null, null);
			}
		}

		@SuppressWarnings("unchecked")
		private void add(HsdsEntity entity, Map<String, Object> object, HsdsEntity parent, String parentId) {
			String id = (String) object.get("id");
			Map<String, Object> row = rows.computeIfAbsent(entity, e -> new LinkedHashMap<>())
				.computeIfAbsent(id, i -> new LinkedHashMap<>());
			row.put("id", id);
			for (String field : entity.fields) {
				if (object.get(field) != null) {
					row.put(field, object.get(field));
				}
			}
			if (entity == HsdsEntity.SERVICE && object.get("organization_id") != null) {
				row.put("organization_id", object.get("organization_id"));
			}
			if (parent != null) {
				String column = foreignKey(entity, parent);
				if (column != null) {
					row.put(column, parentId);
				}
			}
			entity.children().forEach((key, child) -> {
				if (child.single() && object.get(key) instanceof Map<?, ?> single) {
					Map<String, Object> held = HsdsTrees.cast(single);
					row.put(child.entity() == HsdsEntity.TAXONOMY_TERM ? "taxonomy_term_id" : "location_id", held.get("id"));
					add(child.entity(), held, entity, id);
					if (HsdsExport.NEEDS_TAXONOMY.equals(held.get("taxonomy"))) {
						needTerms.put((String) held.get("id"), held);
					}
				}
				else if (object.get(key) instanceof List<?> list) {
					list.forEach(item -> add(child.entity(), (Map<String, Object>) item, entity, id));
				}
			});
		}

		/** File name → content: the CSV files and {@code datapackage.json}. */
		Map<String, String> files() {
			Map<String, String> files = new LinkedHashMap<>();
			List<Map<String, Object>> resources = new ArrayList<>();
			for (HsdsEntity entity : HsdsEntity.values()) {
				List<String> columns = columns(entity);
				files.put(entity.csv, csv(columns, rows.getOrDefault(entity, Map.of()).values()));
				resources.add(resource(entity.table, entity.csv, columns, entity.numbers));
			}
			List<String> taxonomyColumns = List.of("id", "name", "description", "uri", "version");
			Map<String, Object> taxonomy = new LinkedHashMap<>();
			taxonomy.put("id", HsdsExport.NEEDS_TAXONOMY_ID);
			taxonomy.put("name", HsdsExport.NEEDS_TAXONOMY);
			taxonomy.put("description", "Tsunagu の地域生活課題の分類 (the needs of Japan's local welfare networks)");
			files.put("taxonomies.csv", csv(taxonomyColumns, needTerms.isEmpty() ? List.of() : List.of(taxonomy)));
			resources.add(resource("taxonomy", "taxonomies.csv", taxonomyColumns, java.util.Set.of()));
			Map<String, Object> descriptor = new LinkedHashMap<>();
			descriptor.put("name", "tsunagu-hsds");
			descriptor.put("title", "Tsunagu directory (HSDS 3.0)");
			descriptor.put("profile", "tabular-data-package");
			descriptor.put("version", "3.0");
			descriptor.put("resources", resources);
			files.put("datapackage.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(descriptor));
			return files;
		}
	}

	/** The column a child's row names its parent in, if its table has one. */
	static String foreignKey(HsdsEntity child, HsdsEntity parent) {
		if (child == HsdsEntity.ATTRIBUTE) {
			return "link_id";
		}
		String column = parent.table + "_id";
		return child.foreignKeys.contains(column) ? column : null;
	}

	static List<String> columns(HsdsEntity entity) {
		List<String> columns = new ArrayList<>();
		columns.add("id");
		columns.addAll(entity.foreignKeys);
		columns.addAll(entity.fields);
		return columns;
	}

	private static Map<String, Object> resource(String name, String path, List<String> columns,
			java.util.Set<String> numbers) {
		List<Map<String, Object>> fields = new ArrayList<>();
		for (String column : columns) {
			fields.add(Map.of("name", column, "type", numbers.contains(column) ? "number" : "string"));
		}
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", name);
		resource.put("path", path);
		resource.put("profile", "tabular-data-resource");
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		resource.put("schema", Map.of("fields", fields, "primaryKey", "id"));
		return resource;
	}

	private static String csv(List<String> columns, java.util.Collection<Map<String, Object>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).setRecordSeparator("\n").get())) {
			for (Map<String, Object> row : rows) {
				List<Object> values = new ArrayList<>();
				columns.forEach(column -> values.add(row.get(column)));
				printer.printRecord(values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** Organisations and services of a data package's tables, as the API profile's objects. */
	record Assembled(List<Map<String, Object>> organizations, List<Map<String, Object>> services) {
	}

	/** @param tables rows by table name (organization, service, phone, …), each row by column name */
	static Assembled assemble(Map<String, List<Map<String, String>>> tables) {
		List<Map<String, Object>> organizations = new ArrayList<>();
		for (Map<String, String> row : tables.getOrDefault("organization", List.of())) {
			organizations.add(object(HsdsEntity.ORGANIZATION, row, tables));
		}
		List<Map<String, Object>> services = new ArrayList<>();
		for (Map<String, String> row : tables.getOrDefault("service", List.of())) {
			Map<String, Object> service = object(HsdsEntity.SERVICE, row, tables);
			if (present(row.get("organization_id"))) {
				service.put("organization_id", row.get("organization_id"));
			}
			services.add(service);
		}
		return new Assembled(organizations, services);
	}

	private static Map<String, Object> object(HsdsEntity entity, Map<String, String> row,
			Map<String, List<Map<String, String>>> tables) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("id", row.get("id"));
		for (String field : entity.fields) {
			if (present(row.get(field))) {
				object.put(field, row.get(field));
			}
		}
		entity.children().forEach((key, child) -> {
			List<Map<String, String>> childRows = tables.getOrDefault(child.entity().table, List.of());
			if (child.single()) {
				String column = child.entity() == HsdsEntity.TAXONOMY_TERM ? "taxonomy_term_id" : "location_id";
				childRows.stream()
					.filter(candidate -> present(row.get(column)) && row.get(column).equals(candidate.get("id")))
					.findFirst()
					.ifPresent(held -> object.put(key, object(child.entity(), held, tables)));
			}
			else {
				String column = foreignKey(child.entity(), entity);
				if (column != null) {
					List<Object> held = new ArrayList<>();
					childRows.stream()
						.filter(candidate -> row.get("id").equals(candidate.get(column)))
						.forEach(candidate -> held.add(object(child.entity(), candidate, tables)));
					object.put(key, held);
				}
			}
		});
		return object;
	}

	private static boolean present(String value) {
		return value != null && !value.isEmpty();
	}
}
