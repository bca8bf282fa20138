package jp.tsunagu.importing;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * What an HSDS upload wrote in the current transaction, and what of it a coordinator may not write. The HSDS import
 * stamps what it writes with {@code datetime()}, so within the transaction those are the services and organisations
 * whose {@code updatedAt} is not before the transaction's start.
 */
@Repository
class HsdsUploadQueries {

	private static final String TOUCHED = """
			WITH datetime.transaction() AS now
			CALL (now) { MATCH (s:Service) WHERE s.updatedAt >= now RETURN collect(s) AS services }
			CALL (now) { MATCH (o:Organization) WHERE o.updatedAt >= now RETURN collect(o) AS organizations }
			RETURN size([n IN services + organizations WHERE n.createdAt >= now]) AS created,
			       size([n IN services + organizations WHERE NOT coalesce(n.createdAt >= now, false)]) AS updated,
			       [s IN services WHERE $scope IS NOT NULL
			          AND (NOT EXISTS { (s)-[:AVAILABLE_IN]->(:Area) }
			               OR EXISTS { (s)-[:AVAILABLE_IN]->(a:Area) WHERE NOT a.code IN $scope })
			        | {kind: 'service', id: s.id, name: s.name}]
			     + [o IN organizations WHERE $scope IS NOT NULL AND NOT coalesce(o.createdAt >= now, false)
			          AND NOT EXISTS { (o)-[:LOCATED_IN|SERVES]->(a:Area) WHERE a.code IN $scope }
			          AND NOT EXISTS { (o)-[:PROVIDES]->(:Service)-[:AVAILABLE_IN]->(a:Area) WHERE a.code IN $scope }
			        | {kind: 'organization', id: o.id, name: o.name}] AS outOfScope""";

	private final ReactiveNeo4jClient client;

	HsdsUploadQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** Within the transaction of an HSDS import: entities created and updated, and those outside the scope. */
	@SuppressWarnings("unchecked")
	Mono<Touched> touched(Collection<String> scope) {
		return client.query(TOUCHED)
			.bindAll(of("scope", scope == null ? null : List.copyOf(scope)))
			.fetchAs(Touched.class)
			.mappedBy((types, record) -> new Touched(record.get("created").asInt(), record.get("updated").asInt(),
					record.get("outOfScope").asList(value -> (Map<String, Object>) (Map<?, ?>) value.asMap())))
			.one();
	}

	/**
	 * @param outOfScope each with {@code kind} (service or organization), {@code id} and {@code name}
	 */
	record Touched(int created, int updated, List<Map<String, Object>> outOfScope) {
	}
}
