package jp.tsunagu.directory;

import static jp.tsunagu.graph.CypherParameters.of;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The directory as HSDS 3.0 objects of the API profile: {@code service} (service_full, with its organisation) and
 * {@code organization} (organization_full, with its services), in pages shaped as the profile's lists. The Japan
 * profile: the 法人番号 is an {@code organization_identifier} of scheme {@value #CORPORATE_NUMBER_SCHEME}; the areas a
 * service is available in are {@code service_areas} whose {@code extent} is the area's code (a local government code,
 * {@code extent_type} {@value #LOCAL_GOVERNMENT_CODE}); the needs it addresses are {@code attributes} with terms of the
 * taxonomy {@value #NEEDS_TAXONOMY}.
 */
@Component
public class HsdsExport {

	static final String CORPORATE_NUMBER_SCHEME = "JP-JCN";

	static final String LOCAL_GOVERNMENT_CODE = "jp_local_government_code";

	static final String DISTRICT_CODE = "jp_district_code";

	static final String NEEDS_TAXONOMY = "tsunagu-needs";

	static final String NEEDS_TAXONOMY_ID = uuid("taxonomy", NEEDS_TAXONOMY);

	private static final String SERVICES = """
			MATCH (s:Service) WHERE NOT coalesce(s.archived, false)
			WITH s ORDER BY s.id SKIP $skip LIMIT $size
			RETURN s.id AS id""";

	private static final String SERVICE_COUNT = "MATCH (s:Service) WHERE NOT coalesce(s.archived, false) RETURN count(s) AS n";

	private static final String ORGANIZATIONS = """
			MATCH (o:Organization) WHERE NOT coalesce(o.archived, false)
			WITH o ORDER BY o.id SKIP $skip LIMIT $size
			RETURN o.id AS id""";

	private static final String ORGANIZATION_COUNT = """
			MATCH (o:Organization) WHERE NOT coalesce(o.archived, false) RETURN count(o) AS n""";

	private static final String SERVICES_OF = """
			MATCH (o:Organization)-[:PROVIDES]->(s:Service) WHERE o.id IN $ids AND NOT coalesce(s.archived, false)
			RETURN o.id AS organizationId, s.id AS id""";

	private final ReactiveNeo4jClient client;

	private final DirectoryStore store;

	HsdsExport(ReactiveNeo4jClient client, DirectoryStore store) {
		this.client = client;
		this.store = store;
	}

	/** Page {@code page} (from 1) of services, as the API profile's {@code /services} lists them in full. */
	public Mono<Map<String, Object>> services(int page, int size) {
		return count(SERVICE_COUNT).flatMap(total -> servicesAt((page - 1) * size, size)
			.map(contents -> listPage(total, page, size, contents)));
	}

	/** Page {@code page} (from 1) of organisations, each with its services. */
	public Mono<Map<String, Object>> organizations(int page, int size) {
		return count(ORGANIZATION_COUNT).flatMap(total -> client.query(ORGANIZATIONS)
			.bindAll(of("skip", (page - 1) * size, "size", size))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("id").asString())
			.all()
			.collectList()
			.flatMap(this::organizationsWithServices)
			.map(contents -> listPage(total, page, size, contents)));
	}

	private Mono<Long> count(String cypher) {
		return client.query(cypher).fetchAs(Long.class).mappedBy((types, record) -> record.get("n").asLong()).one();
	}

	private static Map<String, Object> listPage(long total, int page, int size, List<Map<String, Object>> contents) {
		long pages = Math.max(1, (total + size - 1) / size);
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("total_items", total);
		list.put("total_pages", pages);
		list.put("page_number", page);
		list.put("size", contents.size());
		list.put("first_page", page == 1);
		list.put("last_page", page >= pages);
		list.put("empty", contents.isEmpty());
		list.put("contents", contents);
		return list;
	}

	Mono<List<Map<String, Object>>> servicesAt(int skip, int size) {
		return client.query(SERVICES)
			.bindAll(of("skip", skip, "size", size))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("id").asString())
			.all()
			.collectList()
			.flatMap(this::fullServices);
	}

	/** One service_full, with its organisation; empty when there is no such service. */
	public Mono<Map<String, Object>> service(String id) {
		return fullServices(List.of(id)).flatMap(services -> Mono.justOrEmpty(services.stream().findFirst()));
	}

	/** One organization_full, with its services; empty when there is no such organisation. */
	public Mono<Map<String, Object>> organization(String id) {
		return client.query("MATCH (o:Organization {id: $id}) RETURN o.id AS id")
			.bindAll(of("id", id))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("id").asString())
			.one()
			.flatMap(found -> organizationsWithServices(List.of(found)))
			.map(organizations -> organizations.get(0));
	}

	private Mono<List<ServiceRow>> serviceRows(List<String> ids) {
		return client.query(SERVICES_BY_IDS)
			.bindAll(of("ids", ids))
			.fetchAs(ServiceRow.class)
			.mappedBy((types, record) -> new ServiceRow(record.get("id").asString(),
					record.get("organizationId").isNull() ? null : record.get("organizationId").asString(),
					record.get("areas").asList(Value::asMap), record.get("needs").asList(Value::asMap)))
			.all()
			.collectList()
			.map(rows -> {
				Map<String, ServiceRow> byId = new LinkedHashMap<>();
				rows.forEach(row -> byId.put(row.id(), row));
				return ids.stream().map(byId::get).filter(row -> row != null).toList();
			});
	}

	private Mono<List<Map<String, Object>>> fullServices(List<String> ids) {
		return serviceRows(ids).flatMap(this::withOrganizations);
	}

	private Mono<List<Map<String, Object>>> withOrganizations(List<ServiceRow> rows) {
		List<String> serviceIds = rows.stream().map(ServiceRow::id).toList();
		List<String> organizationIds = rows.stream().map(ServiceRow::organizationId).filter(id -> id != null).distinct().toList();
		return Mono.zip(store.read(HsdsEntity.SERVICE, serviceIds), store.read(HsdsEntity.ORGANIZATION, organizationIds))
			.map(trees -> {
				List<Map<String, Object>> services = new ArrayList<>();
				for (ServiceRow row : rows) {
					Map<String, Object> service = service(row, trees.getT1().get(row.id()));
					if (row.organizationId() != null) {
						Map<String, Object> organization = organization(trees.getT2().get(row.organizationId()));
						service.put("organization_id", row.organizationId());
						service.put("organization", organization);
					}
					services.add(service);
				}
				return services;
			});
	}

	private Mono<List<Map<String, Object>>> organizationsWithServices(List<String> ids) {
		Mono<Map<String, List<String>>> servicesOf = client.query(SERVICES_OF)
			.bindAll(of("ids", ids))
			.fetchAs(Map.Entry.class)
			.mappedBy((types, record) -> Map.entry(record.get("organizationId").asString(), record.get("id").asString()))
			.all()
			.collectMultimap(entry -> (String) entry.getKey(), entry -> (String) entry.getValue())
			.map(multimap -> {
				Map<String, List<String>> lists = new LinkedHashMap<>();
				multimap.forEach((key, value) -> lists.put(key, List.copyOf(value)));
				return lists;
			});
		return Mono.zip(store.read(HsdsEntity.ORGANIZATION, ids), servicesOf).flatMap(found -> {
			List<String> serviceIds = found.getT2().values().stream().flatMap(List::stream).distinct().toList();
			return servicesByIds(serviceIds).map(services -> {
				List<Map<String, Object>> organizations = new ArrayList<>();
				for (String id : ids) {
					Map<String, Object> organization = organization(found.getT1().get(id));
					List<Object> held = new ArrayList<>();
					for (String serviceId : found.getT2().getOrDefault(id, List.of())) {
						Map<String, Object> service = services.get(serviceId);
						if (service != null) {
							Map<String, Object> copy = new LinkedHashMap<>(service);
							copy.put("organization_id", id);
							held.add(copy);
						}
					}
					organization.put("services", held);
					organizations.add(organization);
				}
				return organizations;
			});
		});
	}

	private static final String SERVICES_BY_IDS = """
			MATCH (s:Service) WHERE s.id IN $ids
			CALL (s) {
			  OPTIONAL MATCH (o:Organization)-[:PROVIDES]->(s)
			  WITH o ORDER BY o.name, o.id LIMIT 1
			  RETURN o
			}
			RETURN s.id AS id, o.id AS organizationId,
			  [(s)-[tie:AVAILABLE_IN]->(a:Area) | {code: a.code, name: a.name, id: tie.hsdsId}] AS areas,
			  [(s)-[:ADDRESSES]->(n:Need) | n {.code, .labelJa, .labelEn, .description,
			    parent: [(n)-[:BROADER]->(b:Need) | b.code][0]}] AS needs""";

	private Mono<Map<String, Map<String, Object>>> servicesByIds(List<String> ids) {
		return serviceRows(ids).flatMap(rows -> store.read(HsdsEntity.SERVICE, ids).map(trees -> {
			Map<String, Map<String, Object>> services = new LinkedHashMap<>();
			rows.forEach(row -> services.put(row.id(), service(row, trees.get(row.id()))));
			return services;
		}));
	}

	/** service_full without its organisation: the stored tree, the root's own fields, areas and needs. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> service(ServiceRow row, Map<String, Object> tree) {
		Map<String, Object> stored = new LinkedHashMap<>(tree);
		stored.put("eligibilityDescription", tree.get("eligibility"));
		stored.put("status", hsdsStatus((String) tree.get("status")));
		stored.put("lastModified", timestamp(tree.get("updatedAt") != null ? tree.get("updatedAt") : tree.get("createdAt")));
		Map<String, Object> service = HsdsTrees.toHsds(HsdsEntity.SERVICE, stored);
		List<Object> areas = (List<Object>) service.get("service_areas");
		for (Map<String, Object> area : row.areas()) {
			String code = (String) area.get("code");
			Map<String, Object> serviceArea = new LinkedHashMap<>();
			serviceArea.put("id", area.get("id") != null ? area.get("id") : uuid("service-area", row.id() + ":" + code));
			serviceArea.put("name", area.get("name"));
			serviceArea.put("extent", code);
			serviceArea.put("extent_type", code.matches("\\d{6}") ? LOCAL_GOVERNMENT_CODE : DISTRICT_CODE);
			areas.add(serviceArea);
		}
		List<Object> attributes = (List<Object>) service.get("attributes");
		for (Map<String, Object> need : row.needs()) {
			Map<String, Object> term = needTerm(need);
			Map<String, Object> attribute = new LinkedHashMap<>();
			attribute.put("id", uuid("addresses", row.id() + ":" + need.get("code")));
			attribute.put("link_id", row.id());
			attribute.put("taxonomy_term_id", term.get("id"));
			attribute.put("link_type", "service");
			attribute.put("link_entity", "service");
			attribute.put("taxonomy_term", term);
			attributes.add(attribute);
		}
		return service;
	}

	/** organization_full without its services; the 法人番号 as an identifier unless one is stored. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> organization(Map<String, Object> tree) {
		Map<String, Object> organization = HsdsTrees.toHsds(HsdsEntity.ORGANIZATION, tree);
		if (organization.get("description") == null) {
			organization.put("description", "");
		}
		String corporateNumber = (String) tree.get("corporateNumber");
		List<Object> identifiers = (List<Object>) organization.get("organization_identifiers");
		boolean held = identifiers.stream()
			.anyMatch(identifier -> CORPORATE_NUMBER_SCHEME.equals(((Map<String, Object>) identifier).get("identifier_scheme")));
		if (corporateNumber != null && !held) {
			Map<String, Object> identifier = new LinkedHashMap<>();
			identifier.put("id", uuid("corporate-number", (String) tree.get("id")));
			identifier.put("identifier_scheme", CORPORATE_NUMBER_SCHEME);
			identifier.put("identifier_type", "法人番号");
			identifier.put("identifier", corporateNumber);
			identifiers.add(identifier);
		}
		return organization;
	}

	/** A need of the taxonomy as an HSDS taxonomy term. */
	static Map<String, Object> needTerm(Map<String, Object> need) {
		Map<String, Object> term = new LinkedHashMap<>();
		term.put("id", uuid("need", (String) need.get("code")));
		term.put("code", need.get("code"));
		term.put("name", need.get("labelJa"));
		term.put("description", need.get("description") != null ? need.get("description")
				: need.get("labelJa") + (need.get("labelEn") != null ? " (" + need.get("labelEn") + ")" : ""));
		if (need.get("parent") != null) {
			term.put("parent_id", uuid("need", (String) need.get("parent")));
		}
		term.put("taxonomy", NEEDS_TAXONOMY);
		term.put("language", "ja");
		term.put("taxonomy_id", NEEDS_TAXONOMY_ID);
		return term;
	}

	static String hsdsStatus(String status) {
		if (status == null || "ACTIVE".equals(status)) {
			return "active";
		}
		return "PLANNED".equals(status) ? "inactive" : "defunct";
	}

	private static String timestamp(Object value) {
		return value instanceof ZonedDateTime time ? time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : null;
	}

	/** A stable UUID for an entity the hub derives (a need's term, an area's service area). */
	static String uuid(String kind, String key) {
		return UUID.nameUUIDFromBytes(("tsunagu:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
	}

	record ServiceRow(String id, String organizationId, List<Map<String, Object>> areas, List<Map<String, Object>> needs) {
	}
}
