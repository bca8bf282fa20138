package jp.tsunagu.taxonomy;

import java.util.Map;

import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Records that a municipality does not run a 重層 function (未実施): {@code (m)-[:NOT_RUNNING]->(f)}. */
@Repository
class FunctionStatusWrites {

	/** What the write found: whether the municipality and the function exist, and whether a commission runs it. */
	record Found(boolean municipality, boolean function, boolean running) {
	}

	private static final String FIND = """
			OPTIONAL MATCH (m:Municipality {code: $municipality})
			OPTIONAL MATCH (f:SupportFunction {code: $function})
			RETURN m IS NOT NULL AS municipality, f IS NOT NULL AS function,
			       EXISTS {
			         MATCH (o:Organization)<-[:COMMISSIONED_ORG]-(c:Commission)-[:FOR_FUNCTION]->(f), (c)-[:IN_MUNICIPALITY]->(m)
			         WHERE NOT coalesce(c.archived, false) AND NOT coalesce(o.archived, false)
			           AND NOT coalesce(c.programme, 'JUSO') STARTS WITH 'MODEL_'
			           AND (c.periodTo IS NULL OR c.periodTo >= date())
			       } AS running""";

	private static final String MARK = """
			MATCH (m:Municipality {code: $municipality}), (f:SupportFunction {code: $function})
			MERGE (m)-[r:NOT_RUNNING]->(f)
			  ON CREATE SET r.recordedAt = datetime()""";

	private static final String UNMARK = """
			MATCH (:Municipality {code: $municipality})-[r:NOT_RUNNING]->(:SupportFunction {code: $function})
			DELETE r""";

	private final ReactiveNeo4jClient client;

	FunctionStatusWrites(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<Found> find(String municipality, String function) {
		return client.query(FIND)
			.bindAll(Map.of("municipality", municipality, "function", function))
			.fetchAs(Found.class)
			.mappedBy((types, record) -> new Found(record.get("municipality").asBoolean(),
					record.get("function").asBoolean(), record.get("running").asBoolean()))
			.one();
	}

	Mono<Void> record(String municipality, String function, boolean notRunning) {
		return client.query(notRunning ? MARK : UNMARK)
			.bindAll(Map.of("municipality", municipality, "function", function))
			.run()
			.then();
	}
}
