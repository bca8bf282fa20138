package jp.tsunagu.search;

import java.util.List;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/** The Cypher of the directory search. */
@Repository
class SearchQueries {

	/** The index hits that are not archived; a type filter may follow. */
	private static final String HITS = """
			CALL db.index.fulltext.queryNodes('directory_text', $query) YIELD node, score
			WHERE NOT coalesce(node.archived, false)""";

	/** Left out when every type is asked for (the index holds those labels only). */
	private static final String OF_TYPES = " AND any(label IN labels(node) WHERE label IN $labels)";

	/**
	 * One query of the index for the total and the page (a common word matches tens of thousands of names, and each
	 * query of the index reads them all). The page is sorted from the hits scoring at least the page's lowest score, so
	 * names are read for the page and its ties, not for every hit.
	 */
	private static final String PAGE = """

			WITH collect({node: node, score: score}) AS hits
			CALL (hits) {
			  UNWIND hits AS hit
			  WITH hit.score AS score ORDER BY score DESC LIMIT $offset + $limit
			  RETURN min(score) AS cutoff
			}
			CALL (hits, cutoff) {
			  UNWIND [hit IN hits WHERE hit.score >= cutoff] AS hit
			  WITH hit ORDER BY hit.score DESC, hit.node.name, hit.node.id LIMIT $offset + $limit
			  RETURN collect(hit) AS best
			}
			RETURN size(hits) AS total, best[$offset..] AS page
			""";

	static final String SEARCH_ALL_TYPES = HITS + PAGE;

	static final String SEARCH_SOME_TYPES = HITS + OF_TYPES + PAGE;

	private final ReactiveNeo4jClient client;

	SearchQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/**
	 * @param labels the labels to find, or none for every type
	 * @param offset how many hits the page skips
	 */
	Mono<Connection<SearchHit>> search(String text, List<String> labels, int offset, PageRequest page) {
		return client.query(labels.isEmpty() ? SEARCH_ALL_TYPES : SEARCH_SOME_TYPES)
			.bindAll(of("query", LuceneQuery.allWords(text), "labels", labels, "offset", offset, "limit",
					page.limitPlusOne()))
			.fetchAs(Connection.class)
			.mappedBy((types, record) -> {
				List<SearchHit> hits = record.get("page")
					.asList(hit -> new SearchHit(hit.get("score").asDouble(),
							SearchType.toResult(hit.get("node").asNode())));
				int[] position = { offset };
				return page.toConnection(hits, record.get("total").asLong(),
						hit -> String.valueOf(++position[0]), hit -> "search");
			})
			.one()
			.map(connection -> {
				@SuppressWarnings("unchecked")
				Connection<SearchHit> typed = connection;
				return typed;
			});
	}
}
