package jp.tsunagu.directory;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.organization.CorporateNumber;
import jp.tsunagu.organization.OrganizationKind;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads HSDS 3.0 objects of the API profile (organization_full, service_full) into the directory, by their ids: a
 * second import of the same objects changes nothing. Each document is written in one transaction. Service areas whose
 * extent is the code of a known area (the Japan profile) make the service available there, and attributes with terms
 * of the needs taxonomy make it address those needs; everything else is held as it came.
 */
@Component
public class HsdsImport {

	private static final Set<String> ROOT_FIELDS = Set.of("id", "name", "description", "eligibilityDescription", "status",
			"lastModified");

	private static final String KNOWN = """
			RETURN [code IN $areaCodes WHERE EXISTS { (:Area {code: code}) }] AS areas,
			       [code IN $needCodes WHERE EXISTS { (:Need {code: code}) }] AS needs""";

	private static final String ORGANIZATION = """
			MERGE (o:Organization {id: $id})
			ON CREATE SET o.createdAt = datetime(), o.generated = false, o.archived = false, o.kind = $kind
			SET o += $properties, o.updatedAt = datetime()
			WITH o
			CALL (o) {
			  WITH o WHERE NOT $label IN labels(o)
			  SET o:$($label)
			}""";

	private static final String SERVICE = """
			MERGE (s:Service {id: $id})
			ON CREATE SET s.createdAt = datetime(), s.generated = false, s.archived = false
			SET s += $properties, s.updatedAt = datetime()
			WITH s
			CALL (s) {
			  MATCH (o:Organization {id: $organizationId})
			  MERGE (o)-[:PROVIDES]->(s)
			}
			CALL (s) {
			  UNWIND $areas AS area
			  MATCH (a:Area {code: area.code})
			  MERGE (s)-[tie:AVAILABLE_IN]->(a)
			  SET tie.hsdsId = area.id
			}
			CALL (s) {
			  UNWIND $needs AS code
			  MATCH (n:Need {code: code})
			  MERGE (s)-[:ADDRESSES]->(n)
			}""";

	private final ReactiveNeo4jClient client;

	private final DirectoryStore store;

	private final TransactionalOperator transaction;

	HsdsImport(ReactiveNeo4jClient client, DirectoryStore store, TransactionalOperator transaction) {
		this.client = client;
		this.store = store;
		this.transaction = transaction;
	}

	/**
	 * One JSON document: an organization_full, a service_full, or a page of the profile's lists of either.
	 *
	 * @param kind the kind of an organisation the directory does not hold yet
	 */
	@SuppressWarnings("unchecked")
	public Mono<HsdsImportReport> importDocument(Map<String, Object> document, OrganizationKind kind) {
		List<Map<String, Object>> objects = document.get("contents") instanceof List<?> contents
				? (List<Map<String, Object>>) contents : List.of(document);
		HsdsImportReport report = new HsdsImportReport();
		Mono<Void> work = Flux.fromIterable(objects).concatMap(object -> isService(object)
				? importService(object, null, kind, report) : importOrganization(object, kind, report)).then();
		return transaction.transactional(work).thenReturn(report);
	}

	/** The tables of a tabular data package, by table name (organization, service, phone, …), in one transaction. */
	public Mono<HsdsImportReport> importTables(Map<String, List<Map<String, String>>> tables, OrganizationKind kind) {
		HsdsDataPackage.Assembled assembled = HsdsDataPackage.assemble(tables);
		HsdsImportReport report = new HsdsImportReport();
		Mono<Void> work = Flux.fromIterable(assembled.organizations())
			.concatMap(organization -> importOrganization(organization, kind, report))
			.thenMany(Flux.fromIterable(assembled.services()))
			.concatMap(service -> importService(service, (String) service.get("organization_id"), kind, report))
			.then();
		return transaction.transactional(work).thenReturn(report);
	}

	private static boolean isService(Map<String, Object> object) {
		return object.containsKey("status") || object.containsKey("service_at_locations")
				|| object.containsKey("organization");
	}

	@SuppressWarnings("unchecked")
	private Mono<Void> importOrganization(Map<String, Object> hsds, OrganizationKind kind, HsdsImportReport report) {
		Map<String, Object> tree = HsdsTrees.toTree(HsdsEntity.ORGANIZATION, hsds);
		String id = (String) tree.get("id");
		Map<String, Object> properties = rootProperties(tree);
		properties.put("name", tree.get("name"));
		properties.put("description", tree.get("description"));
		for (Object identifier : (List<Object>) tree.getOrDefault("organization_identifiers", List.of())) {
			Map<String, Object> held = (Map<String, Object>) identifier;
			if (HsdsExport.CORPORATE_NUMBER_SCHEME.equals(held.get("identifierScheme"))) {
				String number = String.valueOf(held.get("identifier"));
				if (isCorporateNumber(number)) {
					properties.put("corporateNumber", number);
				}
				else {
					report.problem(id, "organization_identifiers",
							"法人番号 " + number + " のチェックデジットが正しくありません / " + number
									+ " is no valid 法人番号 (check digit)");
				}
			}
		}
		report.organizations++;
		Mono<Void> organization = client.query(ORGANIZATION)
			.bindAll(of("id", id, "kind", kind.name(), "label", kind.nodeLabel(), "properties", properties))
			.run()
			.then(store.clear(HsdsEntity.ORGANIZATION, id))
			.then(store.write(HsdsEntity.ORGANIZATION, id, tree));
		List<Object> services = hsds.get("services") instanceof List<?> list ? (List<Object>) list : List.of();
		return organization.thenMany(Flux.fromIterable(services)
			.concatMap(service -> importService((Map<String, Object>) service, id, kind, report))).then();
	}

	@SuppressWarnings("unchecked")
	private Mono<Void> importService(Map<String, Object> hsds, String organizationId, OrganizationKind kind,
			HsdsImportReport report) {
		Mono<Void> provider = Mono.empty();
		String providerId = organizationId != null ? organizationId : (String) hsds.get("organization_id");
		if (hsds.get("organization") instanceof Map<?, ?> organization) {
			Map<String, Object> brief = new LinkedHashMap<>(HsdsTrees.cast(organization));
			brief.remove("services");
			providerId = (String) brief.get("id");
			provider = importOrganization(brief, kind, report);
		}
		Map<String, Object> tree = HsdsTrees.toTree(HsdsEntity.SERVICE, hsds);
		String id = (String) tree.get("id");
		List<Map<String, Object>> areas = (List<Map<String, Object>>) tree.getOrDefault("service_areas", List.of());
		List<Map<String, Object>> attributes = (List<Map<String, Object>>) tree.getOrDefault("attributes", List.of());
		List<String> areaCodes = areas.stream()
			.filter(area -> HsdsExport.LOCAL_GOVERNMENT_CODE.equals(area.get("extentType"))
					|| HsdsExport.DISTRICT_CODE.equals(area.get("extentType")))
			.map(area -> String.valueOf(area.get("extent")))
			.toList();
		List<String> needCodes = attributes.stream()
			.map(attribute -> (Map<String, Object>) attribute.get("taxonomy_term"))
			.filter(term -> term != null && HsdsExport.NEEDS_TAXONOMY.equals(term.get("taxonomy")))
			.map(term -> String.valueOf(term.get("code")))
			.toList();
		String provides = providerId;
		report.services++;
		return provider.then(client.query(KNOWN)
			.bindAll(of("areaCodes", areaCodes, "needCodes", needCodes))
			.fetchAs(Known.class)
			.mappedBy((types, record) -> new Known(new HashSet<>(record.get("areas").asList(v -> v.asString())),
					new HashSet<>(record.get("needs").asList(v -> v.asString()))))
			.one()
			.flatMap(known -> {
				List<Map<String, Object>> jurisdictions = new ArrayList<>();
				List<Map<String, Object>> heldAreas = new ArrayList<>();
				for (Map<String, Object> area : areas) {
					String code = String.valueOf(area.get("extent"));
					if (areaCodes.contains(code) && known.areas().contains(code)) {
						jurisdictions.add(of("code", code, "id", area.get("id")));
					}
					else {
						heldAreas.add(area);
					}
				}
				List<String> needs = new ArrayList<>();
				List<Map<String, Object>> heldAttributes = new ArrayList<>();
				for (Map<String, Object> attribute : attributes) {
					Map<String, Object> term = (Map<String, Object>) attribute.get("taxonomy_term");
					String code = term == null ? null : String.valueOf(term.get("code"));
					if (term != null && HsdsExport.NEEDS_TAXONOMY.equals(term.get("taxonomy")) && known.needs().contains(code)) {
						needs.add(code);
					}
					else {
						heldAttributes.add(attribute);
					}
				}
				tree.put("service_areas", heldAreas);
				tree.put("attributes", heldAttributes);
				Map<String, Object> properties = rootProperties(tree);
				properties.put("name", tree.get("name"));
				properties.put("description", tree.get("description"));
				properties.put("eligibility", tree.get("eligibilityDescription"));
				properties.put("status", lifecycleStatus((String) tree.get("status")));
				return client.query(SERVICE)
					.bindAll(of("id", id, "organizationId", provides, "properties", properties, "areas", jurisdictions,
							"needs", needs))
					.run()
					.then(store.clear(HsdsEntity.SERVICE, id))
					.then(store.write(HsdsEntity.SERVICE, id, tree));
			}));
	}

	/** The root's scalar fields other than those stored under the hub's own names. */
	private static Map<String, Object> rootProperties(Map<String, Object> tree) {
		Map<String, Object> properties = new LinkedHashMap<>();
		tree.forEach((name, value) -> {
			if (!ROOT_FIELDS.contains(name) && !(value instanceof List) && !(value instanceof Map)) {
				properties.put(name, value);
			}
		});
		return properties;
	}

	static String lifecycleStatus(String hsdsStatus) {
		if (hsdsStatus == null || "active".equals(hsdsStatus)) {
			return "ACTIVE";
		}
		return "inactive".equals(hsdsStatus) ? "PLANNED" : "ENDED";
	}

	static boolean isCorporateNumber(String number) {
		return number.matches("\\d{13}") && CorporateNumber.checkDigit(number.substring(1)) == number.charAt(0) - '0';
	}

	private record Known(Set<String> areas, Set<String> needs) {
	}
}
