package jp.tsunagu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jp.tsunagu.organization.OrganizationKind;
import jp.tsunagu.support.HubIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HSDS 3.0 against the specification's own schemas and examples, read from the shared standards folder: exports
 * validate, and the examples (JSON and the CSV data package) come back out with every field the model holds.
 */
class HsdsIT extends HubIntegrationTest {

	static final Path HSDS = Path.of("..", "shared", "standards", "hsds");

	@org.junit.jupiter.api.BeforeEach
	void theSpecificationIsBesideTheCheckout() {
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(HSDS), "HSDS 3.0 not present in ../shared");
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
				.schemas(HsdsIT::schemaFile));

	/**
	 * The fields of the specification's examples the model has no place for, as entity.field: what the README lists.
	 */
	static final List<String> NOT_HELD = List.of("organization.funding", "organization.programs", "phone.attributes",
			"service.funding", "service.last_modified", "service.metadata", "service.program",
			"taxonomy_term.taxonomy_detail");

	@Autowired
	private HsdsFiles files;

	@Test
	void importsTheSpecificationsServiceAndExportsEveryFieldTheModelHolds() throws IOException {
		Map<String, Object> example = read("examples/service_full.json");

		files.importJson(example, OrganizationKind.SUPPORT_AGENCY).block();
		Map<String, Object> exported = exportedService((String) example.get("id"));

		TreeSet<String> notHeld = new TreeSet<>();
		compare(HsdsEntity.SERVICE, example, exported, "service", notHeld);
		assertThat(NOT_HELD).containsAll(notHeld);
		assertThat(notHeld).contains("service.funding", "service.metadata", "service.last_modified");
		assertValid("schema/compiled/service.json", exported);
	}

	@Test
	void importsTheSpecificationsOrganizationAndExportsEveryFieldTheModelHolds() throws IOException {
		Map<String, Object> example = read("examples/organization_full.json");

		files.importJson(example, OrganizationKind.SUPPORT_AGENCY).block();
		String json = graphQl.document("query($id: ID!) { hsdsOrganization(id: $id) }")
			.variable("id", example.get("id"))
			.execute()
			.path("hsdsOrganization")
			.entity(String.class)
			.get();
		Map<String, Object> exported = JSON.readValue(json, Map.class);

		TreeSet<String> notHeld = new TreeSet<>();
		compare(HsdsEntity.ORGANIZATION, example, exported, "organization", notHeld);
		assertThat(NOT_HELD).containsAll(notHeld);
		assertThat(notHeld).contains("organization.funding", "organization.programs");
		assertValid("schema/compiled/organization.json", exported);
	}

	@Test
	void importingTheSameDocumentTwiceChangesNothing() throws IOException {
		Map<String, Object> example = read("examples/service_full.json");
		importJson(example);
		long nodes = count("MATCH (n) WHERE n.createdAt >= $started RETURN count(n)", "started", started());
		long ties = count("MATCH (n)-[t]->() WHERE n.createdAt >= $started RETURN count(t)", "started", started());

		importJson(example);

		assertThat(count("MATCH (n) WHERE n.createdAt >= $started RETURN count(n)", "started", started())).isEqualTo(nodes);
		assertThat(count("MATCH (n)-[t]->() WHERE n.createdAt >= $started RETURN count(t)", "started", started()))
			.isEqualTo(ties);
	}

	@Test
	void importsTheSpecificationsDataPackageAndExportsEveryFieldTheModelHolds() throws IOException {
		Map<String, List<Map<String, String>>> tables = exampleTables();

		files.importTables(tables, OrganizationKind.SUPPORT_AGENCY).block();

		String serviceId = tables.get("service").get(0).get("id");
		String organizationId = tables.get("organization").get(0).get("id");
		Map<String, Map<String, Object>> exported = new LinkedHashMap<>();
		collectById(exportedService(serviceId), exported);
		collectById(JSON.readValue(graphQl.document("query($id: ID!) { hsdsOrganization(id: $id) }")
			.variable("id", organizationId)
			.execute()
			.path("hsdsOrganization")
			.entity(String.class)
			.get(), Map.class), exported);
		List<String> heldTables = new ArrayList<>();
		for (HsdsEntity entity : HsdsEntity.values()) {
			for (Map<String, String> row : tables.getOrDefault(entity.table, List.of())) {
				Map<String, Object> object = exported.get(row.get("id"));
				if (object == null) {
					continue;
				}
				heldTables.add(entity.table);
				for (String field : entity.fields) {
					if (row.get(field) != null && !row.get(field).isEmpty() && !"last_modified".equals(field)) {
						assertThat(normalized(object.get(field))).as(entity.table + "." + field)
							.isEqualTo(normalized(row.get(field)));
					}
				}
			}
		}
		assertThat(heldTables).contains("organization", "service", "service_at_location", "location", "address", "phone",
				"schedule", "contact", "language", "accessibility", "cost_option", "required_document", "service_area",
				"organization_identifier");
	}

	@Test
	void everyExportedServiceAndOrganizationValidatesAgainstTheSchemas() throws IOException {
		GraphQlTester.Response services = graphQl.document("{ hsdsServices(page: 1, size: 30) { totalItems json } }")
			.execute();
		Map<String, Object> page = JSON.readValue(services.path("hsdsServices.json").entity(String.class).get(), Map.class);
		List<Map<String, Object>> contents = (List<Map<String, Object>>) page.get("contents");
		assertThat(contents).isNotEmpty();
		for (Map<String, Object> service : contents) {
			assertValid("schema/compiled/service.json", service);
		}
		assertThat(page).containsKeys("total_items", "total_pages", "page_number", "size", "first_page", "last_page",
				"empty");

		Map<String, Object> organizations = JSON.readValue(graphQl
			.document("{ hsdsOrganizations(page: 1, size: 20) { json } }")
			.execute()
			.path("hsdsOrganizations.json")
			.entity(String.class)
			.get(), Map.class);
		for (Map<String, Object> organization : (List<Map<String, Object>>) organizations.get("contents")) {
			assertValid("schema/compiled/organization.json", organization);
		}
	}

	@Test
	void theDataPackagesRowsValidateAgainstTheTableSchemas() throws IOException {
		files.importJson(read("examples/organization_full.json"), OrganizationKind.SUPPORT_AGENCY).block();
		write("""
				CREATE (:Organization:SocialWelfareCorporation {id: randomUUID(), name: '社会福祉法人法人番号検証会',
				  kind: 'SOCIAL_WELFARE_CORPORATION', corporateNumber: '7000012050002', archived: false, generated: false,
				  createdAt: datetime()})""");
		Map<String, String> byName = files.dataPackage(progress -> {
		}).block();
		assertThat(byName).containsKeys("datapackage.json", "services.csv", "organizations.csv", "locations.csv",
				"phones.csv", "schedules.csv", "service_areas.csv", "taxonomy_terms.csv", "taxonomies.csv");
		assertThat(graphQl.document("{ hsdsDataPackage { files { name } } }")
			.execute()
			.path("hsdsDataPackage.files[*].name")
			.entityList(String.class)
			.get()).containsExactlyElementsOf(byName.keySet());
		Map<String, Object> descriptor = JSON.readValue(byName.get("datapackage.json"), Map.class);
		int validated = 0;
		for (Map<String, Object> resource : (List<Map<String, Object>>) descriptor.get("resources")) {
			String path = (String) resource.get("path");
			assertThat(byName).containsKey(path);
			Schema schema = tableSchema((String) resource.get("name"));
			List<String> required = schema.getSchemaNode().path("required").valueStream()
				.map(JsonNode::asString)
				.toList();
			List<Map<String, Object>> fields = (List<Map<String, Object>>) ((Map<String, Object>) resource.get("schema"))
				.get("fields");
			for (Map<String, String> row : parse(byName.get(path))) {
				Map<String, Object> typed = new LinkedHashMap<>();
				for (Map<String, Object> field : fields) {
					String value = row.get((String) field.get("name"));
					// CSV writes an absent value and an empty text alike; a required text is there, if empty
					if (value != null && (!value.isEmpty() || required.contains((String) field.get("name")))) {
						typed.put((String) field.get("name"),
								"number".equals(field.get("type")) ? new BigDecimal(value) : value);
					}
				}
				List<Error> errors = schema.validate(JSON.valueToTree(typed));
				assertThat(errors).as(path + " " + row).isEmpty();
				validated++;
			}
		}
		assertThat(validated).isGreaterThan(10);
		assertThat(byName.get("organization_identifiers.csv")).contains("JP-JCN,法人番号,7000012050002");
		assertThat(byName.get("service_areas.csv")).contains(HsdsExport.LOCAL_GOVERNMENT_CODE);
	}

	// --- helpers ------------------------------------------------------------------------------

	private void importJson(Map<String, Object> document) {
		GraphQlTester.Response response = graphQl
			.document("mutation($input: ImportHsdsInput!) { importHsds(input: $input) { organizations services errors { field message } } }")
			.variable("input", Map.of("json", JSON.writeValueAsString(document)))
			.execute();
		response.path("importHsds.errors").entityList(Object.class).hasSize(0);
	}

	private Map<String, Object> exportedService(String id) {
		String json = graphQl.document("query($id: ID!) { hsdsService(id: $id) }")
			.variable("id", id)
			.execute()
			.path("hsdsService")
			.entity(String.class)
			.get();
		return JSON.readValue(json, Map.class);
	}

	/** Every field the model holds is exported as it came; what it does not hold is collected. */
	@SuppressWarnings("unchecked")
	private static void compare(HsdsEntity entity, Map<String, Object> expected, Map<String, Object> actual, String path,
			TreeSet<String> notHeld) {
		Map<String, HsdsEntity.Child> children = entity.children();
		for (Map.Entry<String, Object> field : expected.entrySet()) {
			String key = field.getKey();
			Object value = field.getValue();
			if (value == null) {
				continue;
			}
			if ("id".equals(key) || (entity.fields.contains(key) && !"last_modified".equals(key))) {
				assertThat(normalized(actual.get(key))).as(path + "." + key).isEqualTo(normalized(value));
			}
			else if (children.containsKey(key)) {
				HsdsEntity.Child child = children.get(key);
				if (child.single()) {
					compare(child.entity(), (Map<String, Object>) value, (Map<String, Object>) actual.get(key),
							path + "." + key, notHeld);
				}
				else {
					List<Map<String, Object>> held = (List<Map<String, Object>>) actual.getOrDefault(key, List.of());
					for (Map<String, Object> item : (List<Map<String, Object>>) value) {
						Map<String, Object> match = held.stream()
							.filter(candidate -> item.get("id").equals(candidate.get("id")))
							.findFirst()
							.orElseThrow(() -> new AssertionError(path + "." + key + " lacks " + item.get("id")));
						compare(child.entity(), item, match, path + "." + key, notHeld);
					}
				}
			}
			else if (entity == HsdsEntity.SERVICE && "organization".equals(key)) {
				compare(HsdsEntity.ORGANIZATION, (Map<String, Object>) value, (Map<String, Object>) actual.get(key),
						path + "." + key, notHeld);
			}
			else if (entity == HsdsEntity.ORGANIZATION && "services".equals(key)) {
				List<Map<String, Object>> held = (List<Map<String, Object>>) actual.get(key);
				for (Map<String, Object> item : (List<Map<String, Object>>) value) {
					Map<String, Object> match = held.stream()
						.filter(candidate -> item.get("id").equals(candidate.get("id")))
						.findFirst()
						.orElseThrow(() -> new AssertionError(path + ".services lacks " + item.get("id")));
					compare(HsdsEntity.SERVICE, item, match, path + ".services", notHeld);
				}
			}
			else {
				notHeld.add(entity.table + "." + key);
			}
		}
		if (expected.containsKey("last_modified")) {
			notHeld.add(entity.table + ".last_modified");
		}
	}

	private static Object normalized(Object value) {
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).stripTrailingZeros();
		}
		if (value instanceof String text && text.matches("-?\\d+(\\.\\d+)?")) {
			return new BigDecimal(text).stripTrailingZeros();
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static void collectById(Object value, Map<String, Map<String, Object>> byId) {
		if (value instanceof Map<?, ?> map) {
			if (map.get("id") instanceof String id) {
				byId.putIfAbsent(id, (Map<String, Object>) map);
			}
			map.values().forEach(child -> collectById(child, byId));
		}
		else if (value instanceof List<?> list) {
			list.forEach(child -> collectById(child, byId));
		}
	}

	private static void assertValid(String schemaPath, Map<String, Object> object) throws IOException {
		Schema schema = SCHEMAS.getSchema(Files.newInputStream(HSDS.resolve(schemaPath)));
		List<Error> errors = schema.validate(JSON.valueToTree(object));
		assertThat(errors).as(schemaPath + " " + object.get("id")).isEmpty();
	}

	private static Schema tableSchema(String table) {
		Path file = HSDS.resolve("schema").resolve(table + ".json");
		if (!Files.exists(file)) {
			file = HSDS.resolve("schema").resolve("taxonomy.json");
		}
		return SCHEMAS.getSchema(SchemaLocation.of(file.toAbsolutePath().normalize().toUri().toString()));
	}

	/** The schemas' references to each other resolve to the files beside them. */
	private static String schemaFile(String iri) {
		if (!iri.startsWith("file:")) {
			return null;
		}
		try {
			return Files.readString(Path.of(java.net.URI.create(iri)));
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static Map<String, Object> read(String path) throws IOException {
		return JSON.readValue(HSDS.resolve(path).toFile(), Map.class);
	}

	/** The example data package's tables, by the table names of the specification's datapackage.json. */
	@SuppressWarnings("unchecked")
	private static Map<String, List<Map<String, String>>> exampleTables() throws IOException {
		Map<String, Object> descriptor = JSON.readValue(HSDS.resolve("datapackage.json").toFile(), Map.class);
		Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
		for (Map<String, Object> resource : (List<Map<String, Object>>) descriptor.get("resources")) {
			Path csv = HSDS.resolve("examples/csv").resolve((String) resource.get("path"));
			if (Files.exists(csv)) {
				tables.put((String) resource.get("name"), parse(Files.readString(csv, StandardCharsets.UTF_8)));
			}
		}
		return tables;
	}

	private static List<Map<String, String>> parse(String csv) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Reader reader = new java.io.StringReader(csv);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			for (CSVRecord record : parser) {
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
		}
		return rows;
	}

	static JsonNode tree(Object value) {
		return JSON.valueToTree(value);
	}
}
