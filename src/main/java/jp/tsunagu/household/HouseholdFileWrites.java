package jp.tsunagu.household;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The write of a confirmed household file: every row in one statement, found by the record holder's own code or
 * created under it. The holder is locked first, so a concurrent create of the same code waits and then finds it.
 * Empty cells (null) never erase what the record holds. A row whose area has gone since the dry run writes nothing,
 * and the caller then fails the whole file.
 */
@Repository
class HouseholdFileWrites {

	private static final String WRITE = """
			MATCH (holder:Organization {id: $holder})
			SET holder.householdCodeLock = true
			REMOVE holder.householdCodeLock
			WITH holder
			UNWIND $rows AS row
			MATCH (a:Area {code: row.areaCode})
			MERGE (h:Household {code: row.code})-[:RECORD_HELD_BY]->(holder)
			  ON CREATE SET h.id = randomUUID(), h.archived = false, h.createdAt = datetime(), h.protection = 'NONE',
			                h.flags = []
			SET h.memberCount = coalesce(row.memberCount, h.memberCount), h.flags = coalesce(row.flags, h.flags),
			    h.protection = coalesce(row.protection, h.protection), h.updatedAt = datetime()
			WITH h, row, a
			CALL (h, a) {
			  WITH h, a WHERE NOT EXISTS { (h)-[:LIVES_IN]->(a) }
			  OPTIONAL MATCH (h)-[old:LIVES_IN]->()
			  DELETE old
			  WITH DISTINCT h, a
			  CREATE (h)-[:LIVES_IN]->(a)
			}
			CALL (h, row) {
			  WITH h, row WHERE row.isolationCodes IS NOT NULL
			  OPTIONAL MATCH (h)-[old:ISOLATED_FROM]->(k:IsolationKind) WHERE NOT k.code IN row.isolationCodes
			  DELETE old
			  WITH DISTINCT h, row
			  UNWIND row.isolationCodes AS code
			  MATCH (k:IsolationKind {code: code})
			  MERGE (h)-[:ISOLATED_FROM]->(k)
			}
			RETURN DISTINCT h.id AS id""";

	private final ReactiveNeo4jClient client;

	HouseholdFileWrites(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** The ids of the households written, created or found. */
	Mono<List<String>> write(String holderId, List<Map<String, Object>> rows) {
		return client.query(WRITE)
			.bindAll(of("holder", holderId, "rows", rows))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("id").asString())
			.all()
			.collectList();
	}
}
