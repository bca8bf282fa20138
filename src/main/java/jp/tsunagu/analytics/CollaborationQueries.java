package jp.tsunagu.analytics;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import jp.tsunagu.area.Area;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.CypherParameters;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.organization.Organization;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The collaboration network of an area read in one statement, and its scores written back in one. Only
 * organisations, their collaboration ties and their memberships in networks are read: never households, people or
 * anything about them.
 */
@Repository
class CollaborationQueries {

	/**
	 * The non-archived organisations located in the area or below it, the collaboration ties among them (each tie
	 * once, in its stored direction) and, per non-archived network, which of them are its members.
	 */
	private static final String PROJECTION = CypherTemplate.compose("""
			MATCH (area:Area {code: $area})
			OPTIONAL MATCH (o:Organization)-[:LOCATED_IN]->(:Area){{within}}(area)
			WHERE NOT coalesce(o.archived, false)
			WITH area, collect(DISTINCT o) AS organizations
			RETURN area, organizations,
			  CASE WHEN $collaborations THEN COLLECT {
			    UNWIND organizations AS a
			    MATCH (a)-[:COLLABORATES_WITH]->(b:Organization)
			    WHERE b <> a AND NOT coalesce(b.archived, false)
			      AND EXISTS { (b)-[:LOCATED_IN]->(:Area){{within}}(area) }
			    RETURN [a.id, b.id] } ELSE [] END AS collaborations,
			  CASE WHEN $coMembership THEN COLLECT {
			    UNWIND organizations AS o
			    MATCH (o)-[:MEMBER_OF]->(n:Network) WHERE NOT coalesce(n.archived, false)
			    WITH n, collect(DISTINCT o.id) AS members WHERE size(members) > 1
			    RETURN members } ELSE [] END AS networks""", Map.of("within", Areas.WITHIN));

	/**
	 * Clears the scores last written for the area (an organisation since archived or moved keeps none), then writes
	 * the new ones; one statement, stamped with the statement's clock.
	 */
	private static final String WRITE = """
			CALL () {
			  MATCH (stale:Organization {collaborationMetricsArea: $area})
			  REMOVE stale.collaborationDegree, stale.collaborationPageRank, stale.collaborationBetweenness,
			    stale.collaborationCommunity, stale.collaborationMetricsArea, stale.collaborationMetricsAt
			}
			WITH datetime() AS at
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.id})
			SET o.collaborationDegree = row.degree, o.collaborationPageRank = row.pageRank,
			  o.collaborationBetweenness = row.betweenness, o.collaborationCommunity = row.community,
			  o.collaborationMetricsArea = $area, o.collaborationMetricsAt = at
			RETURN at, count(o) AS written""";

	private final ReactiveNeo4jClient client;

	CollaborationQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** Empty when no area has the code. */
	Mono<Projection> projection(String areaCode, boolean collaborations, boolean coMembership) {
		return client.query(PROJECTION)
			.bindAll(CypherParameters.of("area", areaCode, "collaborations", collaborations, "coMembership",
					coMembership))
			.fetchAs(Projection.class)
			.mappedBy((types, record) -> projection(record))
			.one();
	}

	/** The time the scores were written at. */
	Mono<ZonedDateTime> write(String areaCode, List<OrganizationCentrality> organizations) {
		List<Map<String, Object>> rows = organizations.stream()
			.map(o -> Map.<String, Object>of("id", o.organization().id(), "degree", o.degree(), "pageRank",
					o.pageRank(), "betweenness", o.betweenness(), "community", o.community()))
			.toList();
		return client.query(WRITE)
			.bindAll(CypherParameters.of("area", areaCode, "rows", rows))
			.fetchAs(ZonedDateTime.class)
			.mappedBy((types, record) -> record.get("at").asZonedDateTime())
			.one();
	}

	private static Projection projection(Record record) {
		return new Projection(Area.from(record.get("area").asNode()),
				record.get("organizations").asList(value -> Organization.from(value.asNode())),
				record.get("collaborations").asList(CollaborationQueries::ids),
				record.get("networks").asList(CollaborationQueries::ids));
	}

	private static List<String> ids(Value list) {
		return list.asList(Value::asString);
	}

	/**
	 * @param collaborations one [from, to] pair of organisation ids per collaboration tie
	 * @param networks for each network with two or more of the organisations, their ids
	 */
	record Projection(Area area, List<Organization> organizations, List<List<String>> collaborations,
			List<List<String>> networks) {
	}
}
