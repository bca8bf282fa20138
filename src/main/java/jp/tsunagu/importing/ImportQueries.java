package jp.tsunagu.importing;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.area.Areas;
import jp.tsunagu.directory.MainContact;
import jp.tsunagu.graph.CypherTemplate;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Repository;

import static jp.tsunagu.graph.CypherParameters.of;

/** What a dry run reads: the caller's area, the areas and entities the rows name, and look-alikes. */
@Repository
class ImportQueries {

	private static final String ORGANIZATION_FIELDS = CypherTemplate.compose("""
			RETURN DISTINCT o.id AS id, o.name AS name, o.nameKana AS nameKana, o.corporateNumber AS corporateNumber,
			       {{address}} AS address, {{phone}} AS phone, o.description AS description, o.facilityField AS facilityField,
			       o.importKey AS importKey,
			       [(o)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m:Area) WHERE m:Municipality OR m:Ward | m.code][0]
			         AS municipalityCode,
			       [(c:Organization)-[:OPERATES]->(o) | c.corporateNumber][0] AS operatorCorporateNumber""",
			Map.of("address", MainContact.address("o"), "phone", MainContact.phone("o")));

	private static final String SCOPE = CypherTemplate.compose("""
			MATCH (:Organization {id: $organizationId})-[:SERVES|LOCATED_IN]->(served:Area)
			MATCH (area:Area){{within}}(served)
			RETURN collect(DISTINCT area.code) AS codes""", Map.of("within", Areas.WITHIN));

	private static final String BY_KEY = """
			MATCH (o:Organization) WHERE o.corporateNumber IN $numbers
			""" + ORGANIZATION_FIELDS + """

			UNION
			MATCH (o:Organization) WHERE o.importKey IN $keys
			""" + ORGANIZATION_FIELDS;

	private static final String IN_AREAS = CypherTemplate.compose("""
			MATCH (m:Area) WHERE m.code IN $codes
			MATCH (a:Area){{within}}(m)
			MATCH (o:Organization)-[:LOCATED_IN]->(a)
			WHERE NOT coalesce(o.archived, false)
			""", Map.of("within", Areas.WITHIN)) + ORGANIZATION_FIELDS;

	private final Driver driver;

	ImportQueries(Driver driver) {
		this.driver = driver;
	}

	/** The area codes a coordinator's council serves, with every area inside them. */
	Set<String> scopeOf(String organizationId) {
		return new HashSet<>(list(SCOPE, of("organizationId", organizationId)).get(0).get("codes") instanceof List<?> codes
				? codes.stream().map(Object::toString).toList() : List.of());
	}

	Set<String> existingAreas(Collection<String> codes) {
		Set<String> found = new HashSet<>();
		list("MATCH (a:Area) WHERE a.code IN $codes RETURN a.code AS code", of("codes", List.copyOf(codes)))
			.forEach(row -> found.add((String) row.get("code")));
		return found;
	}

	/** For each of these codes that names an area, whether it is a prefecture. */
	Map<String, Boolean> areaIsPrefecture(Collection<String> codes) {
		Map<String, Boolean> found = new java.util.HashMap<>();
		list("MATCH (a:Area) WHERE a.code IN $codes RETURN a.code AS code, a:Prefecture AS prefecture",
				of("codes", List.copyOf(codes)))
			.forEach(row -> found.put((String) row.get("code"), (Boolean) row.get("prefecture")));
		return found;
	}

	/** Every isolation kind by its code and by its Japanese and English labels. */
	Map<String, String> isolationKinds() {
		Map<String, String> codes = new java.util.HashMap<>();
		list("MATCH (k:IsolationKind) RETURN k.code AS code, k.labelJa AS labelJa, k.labelEn AS labelEn", Map.of())
			.forEach(row -> {
				for (String key : List.of("code", "labelJa", "labelEn")) {
					if (row.get(key) != null) {
						codes.put((String) row.get(key), (String) row.get("code"));
					}
				}
			});
		return codes;
	}

	List<Map<String, Object>> organizationsByKey(Collection<String> numbers, Collection<String> keys) {
		return list(BY_KEY, of("numbers", List.copyOf(numbers), "keys", List.copyOf(keys)));
	}

	/** Organisations located in these areas or in areas inside them. */
	List<Map<String, Object>> organizationsIn(Collection<String> areaCodes) {
		return list(IN_AREAS, of("codes", List.copyOf(areaCodes)));
	}

	List<Map<String, Object>> residentGroupsNamed(Collection<String> names) {
		return list("MATCH (g:Organization:ResidentGroup) WHERE g.name IN $names RETURN g.id AS id, g.name AS name",
				of("names", List.copyOf(names)));
	}

	List<Map<String, Object>> volunteersIn(Collection<String> districtCodes) {
		return list("""
				MATCH (p:Person:CommissionedVolunteer)-[a:ASSIGNED_TO]->(d:Area) WHERE d.code IN $codes
				RETURN p.id AS id, p.name AS name, d.code AS districtCode,
				       coalesce(p.chiefChildCommissioner, false) AS chiefChildCommissioner, a.since AS since,
				       [(p)-[:BELONGS_TO]->(g:Organization) | g.id][0] AS councilId""", of("codes", List.copyOf(districtCodes)));
	}

	List<Map<String, Object>> networksCovering(Collection<String> areaCodes) {
		return list("""
				MATCH (n:Network)-[:COVERS]->(a:Area) WHERE a.code IN $codes
				RETURN n.id AS id, n.name AS name, a.code AS areaCode,
				       [(o:Organization)-[m:MEMBER_OF]->(n) | {memberId: o.id, role: m.role, since: m.since}] AS members""",
				of("codes", List.copyOf(areaCodes)));
	}

	List<Map<String, Object>> servicesOf(Collection<String> providerIds) {
		return list("""
				MATCH (o:Organization)-[:PROVIDES]->(s:Service) WHERE o.id IN $ids
				RETURN s.id AS id, s.name AS name, o.id AS providerId, s.eligibility AS eligibility,
				       s.description AS description, [(s)-[:ADDRESSES]->(n:Need) | n.code] AS needs,
				       [(s)-[:AVAILABLE_IN]->(a:Area) | a.code] AS areas""", of("ids", List.copyOf(providerIds)));
	}

	/** Every need by its code and by its Japanese label. */
	Map<String, String> needCodes() {
		Map<String, String> codes = new java.util.HashMap<>();
		list("MATCH (n:Need) RETURN n.code AS code, n.labelJa AS labelJa", Map.of()).forEach(row -> {
			codes.put((String) row.get("code"), (String) row.get("code"));
			if (row.get("labelJa") != null) {
				codes.put((String) row.get("labelJa"), (String) row.get("code"));
			}
		});
		return codes;
	}

	private List<Map<String, Object>> list(String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list(record -> record.asMap()));
		}
	}
}
