package jp.tsunagu.naming;

import java.util.List;

import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The names areas and taxonomy terms are known by, read afresh for each name to resolve (so new districts count at
 * once).
 */
@Repository
class NameQueries {

	/** An area with the names of the areas it lies in, widest first (prefecture, municipality, ward). */
	record AreaName(String code, String name, String nameKana, String kind, List<String> within) {
	}

	record TermName(String code, String labelJa, String labelEn) {
	}

	private static final String AREAS = """
			MATCH (a:Area)
			WHERE a.code IS NOT NULL AND NOT coalesce(a.archived, false)
			CALL (a) {
			  OPTIONAL MATCH path = (a)-[:PART_OF*1..3]->(p:Area)
			  WITH p, length(path) AS depth ORDER BY depth DESC
			  RETURN [name IN collect(p.name) WHERE name IS NOT NULL] AS within
			}
			RETURN a.code AS code, a.name AS name, a.nameKana AS nameKana,
			       [label IN labels(a) WHERE label IN ['Prefecture', 'Municipality', 'Ward', 'District']][0] AS kind,
			       within""";

	private final ReactiveNeo4jClient client;

	NameQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<List<AreaName>> areas() {
		return client.query(AREAS)
			.fetchAs(AreaName.class)
			.mappedBy((types, record) -> new AreaName(record.get("code").asString(), record.get("name").asString(""),
					record.get("nameKana").asString(null), record.get("kind").asString(null),
					record.get("within").asList(value -> value.asString())))
			.all()
			.collectList();
	}

	Mono<List<TermName>> terms(Vocabulary vocabulary) {
		return client.query(vocabulary.terms)
			.fetchAs(TermName.class)
			.mappedBy((types, record) -> new TermName(record.get("code").asString(), record.get("labelJa").asString(""),
					record.get("labelEn").asString("")))
			.all()
			.collectList();
	}
}
