package jp.tsunagu.exporting;

import java.util.List;
import java.util.Map;

import jp.tsunagu.area.Areas;
import jp.tsunagu.directory.MainContact;
import jp.tsunagu.graph.CypherTemplate;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Repository;

import static jp.tsunagu.graph.CypherParameters.of;

/**
 * The lists and graphs of an area (or a network, or an organisation's neighbourhood). No statement here ever matches
 * a Household: the graph's tie types are listed, and households are tied to nothing by them.
 */
@Repository
class ExportQueries {

	private static final String IN_AREA = CypherTemplate.compose("""
			MATCH (area:Area {code: $area})
			MATCH (sub:Area){{within}}(area)
			""", Map.of("within", Areas.WITHIN));

	private static final String ORGANIZATIONS = IN_AREA + CypherTemplate.compose("""
			MATCH (o:Organization)-[:LOCATED_IN]->(sub)
			WHERE NOT coalesce(o.archived, false)
			WITH DISTINCT o
			RETURN o.name AS name, o.nameKana AS nameKana, o.corporateNumber AS corporateNumber,
			       [l IN labels(o) WHERE l <> 'Organization'][0] AS kind,
			       [(o)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m:Area) WHERE m:Municipality OR m:Ward | m.code][0]
			         AS municipalityCode,
			       {{address}} AS address, {{phone}} AS phone,
			       [(c:Organization)-[:OPERATES]->(o) | c.corporateNumber][0] AS operatorCorporateNumber,
			       o.facilityField AS facilityField, o.description AS description
			ORDER BY name""", Map.of("address", MainContact.address("o"), "phone", MainContact.phone("o")));

	private static final String PEOPLE = IN_AREA + """
			MATCH (p:Person:CommissionedVolunteer)-[a:ASSIGNED_TO]->(sub)
			WHERE NOT coalesce(p.archived, false)
			RETURN p.name AS name, coalesce(p.chiefChildCommissioner, false) AS chief, sub.code AS districtCode,
			       [(p)-[:BELONGS_TO]->(g:Organization) | g.name][0] AS council, toString(a.since) AS since
			ORDER BY name, districtCode""";

	private static final String NETWORKS = IN_AREA + """
			MATCH (n:Network)-[:COVERS]->(sub)
			WHERE NOT coalesce(n.archived, false)
			OPTIONAL MATCH (o:Organization)-[m:MEMBER_OF]->(n)
			RETURN n.name AS network, n.networkKind AS networkKind, sub.code AS areaCode, o.name AS memberName,
			       o.corporateNumber AS memberCorporateNumber, m.role AS role, toString(m.since) AS since
			ORDER BY network, memberName""";

	/**
	 * The services serving the area or a part of it, each with the jurisdiction it is available in: a prefecture's or a
	 * 圏域's service is on the list of each of their municipalities.
	 */
	private static final String SERVICES = CypherTemplate.compose("""
			MATCH (area:Area {code: $area})
			{{jurisdictions}}
			MATCH (s:Service)-[:AVAILABLE_IN]->(jurisdiction)
			WHERE NOT coalesce(s.archived, false)
			OPTIONAL MATCH (o:Organization)-[:PROVIDES]->(s)
			RETURN s.name AS name, o.name AS providerName, o.corporateNumber AS providerCorporateNumber,
			       [(s)-[:ADDRESSES]->(n:Need) | n.labelJa] AS needs, jurisdiction.code AS areaCode,
			       s.eligibility AS eligibility, s.description AS description
			ORDER BY name, areaCode""", Map.of("jurisdictions", Areas.JURISDICTIONS_OVERLAPPING));

	private static final String TIES = "COLLABORATES_WITH|MEMBER_OF|OPERATES|WORKS_FOR|BELONGS_TO|RUNS|PROVIDES|SUBCOMMITTEE_OF";

	private static final String AREA_NODES = IN_AREA + """
			CALL (sub) {
			  MATCH (n:Organization)-[:LOCATED_IN|SERVES]->(sub) RETURN n
			  UNION
			  MATCH (n:CommissionedVolunteer)-[:ASSIGNED_TO]->(sub) RETURN n
			  UNION
			  MATCH (n:StaffMember)-[:WORKS_FOR]->(:Organization)-[:LOCATED_IN]->(sub) RETURN n
			  UNION
			  MATCH (n:Network)-[:COVERS]->(sub) RETURN n
			  UNION
			  MATCH (n:Activity)-[:HELD_IN]->(sub) RETURN n
			  UNION
			  MATCH (n:Service)-[:AVAILABLE_IN]->(sub) RETURN n
			}
			WITH DISTINCT n WHERE NOT coalesce(n.archived, false)
			RETURN n""";

	private static final String NETWORK_NODES = """
			MATCH (network:Network {id: $network})
			CALL (network) {
			  MATCH (sub:Network)-[:SUBCOMMITTEE_OF*0..3]->(network) RETURN sub AS n
			  UNION
			  MATCH (sub:Network)-[:SUBCOMMITTEE_OF*0..3]->(network) MATCH (n)-[:MEMBER_OF]->(sub) RETURN n
			  UNION
			  MATCH (sub:Network)-[:SUBCOMMITTEE_OF*0..3]->(network) MATCH (n:Activity)<-[:RUNS]-(sub) RETURN n
			}
			WITH DISTINCT n WHERE NOT coalesce(n.archived, false)
			RETURN n""";

	private static final String NEIGHBOURHOOD_NODES = """
			MATCH (centre:Organization {id: $organization})
			CALL (centre) {
			  RETURN centre AS n
			  UNION
			  MATCH (centre)-[:%s]-(n) RETURN n
			  UNION
			  MATCH (centre)-[:%s]-()-[:%s]-(n) RETURN n
			}
			WITH DISTINCT n WHERE NOT n:Household AND NOT coalesce(n.archived, false)
			RETURN n""".formatted(TIES, TIES, TIES);

	private static final String GRAPH = """
			CALL () { %s }
			WITH collect(n) AS nodes
			WITH nodes, [x IN nodes | x.id] AS ids
			UNWIND nodes AS a
			OPTIONAL MATCH (a)-[r:%s]->(b) WHERE b.id IN ids
			RETURN a.id AS id, a.name AS name, labels(a) AS labels, toString(date(a.createdAt)) AS createdOn,
			       CASE WHEN a:Organization AND a.collaborationBetweenness IS NOT NULL THEN {
			         degree: a.collaborationDegree, pageRank: a.collaborationPageRank,
			         betweenness: a.collaborationBetweenness, community: a.collaborationCommunity,
			         area: a.collaborationMetricsArea, computedAt: toString(a.collaborationMetricsAt)} END AS collaboration,
			       collect(CASE WHEN r IS NULL THEN null ELSE {id: elementId(r), target: b.id, type: type(r),
			               since: toString(r.since), role: r.role} END) AS ties""";

	private final Driver driver;

	ExportQueries(Driver driver) {
		this.driver = driver;
	}

	List<Map<String, Object>> organizations(String area) {
		return list(ORGANIZATIONS, of("area", area));
	}

	List<Map<String, Object>> people(String area) {
		return list(PEOPLE, of("area", area));
	}

	List<Map<String, Object>> networks(String area) {
		return list(NETWORKS, of("area", area));
	}

	List<Map<String, Object>> services(String area) {
		return list(SERVICES, of("area", area));
	}

	/** Each node of the area's graph with its outgoing ties to other nodes of the graph. */
	List<Map<String, Object>> areaGraph(String area) {
		return list(graph(AREA_NODES), of("area", area));
	}

	List<Map<String, Object>> networkGraph(String networkId) {
		return list(graph(NETWORK_NODES), of("network", networkId));
	}

	List<Map<String, Object>> neighbourhoodGraph(String organizationId) {
		return list(graph(NEIGHBOURHOOD_NODES), of("organization", organizationId));
	}

	private static String graph(String nodes) {
		return GRAPH.formatted(nodes, TIES);
	}

	private List<Map<String, Object>> list(String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list(record -> record.asMap()));
		}
	}
}
