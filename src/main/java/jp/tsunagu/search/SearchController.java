package jp.tsunagu.search;

import java.util.EnumSet;
import java.util.List;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

@Controller
class SearchController {

	static final int MAX_TEXT = 100;

	/**
	 * One query of the index for the total and the page (a common word matches tens of thousands of names, and each
	 * query of the index reads them all). The page is sorted from the hits scoring at least the page's lowest score, so
	 * names are read for the page and its ties, not for every hit. {@code %s}: the type filter, left out when every type
	 * is asked for (the index holds those labels only).
	 */
	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('directory_text', $query) YIELD node, score
			WHERE NOT coalesce(node.archived, false)%s
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

	private static final String SEARCH_ALL_TYPES = SEARCH.formatted("");

	private static final String SEARCH_SOME_TYPES = SEARCH
		.formatted(" AND any(label IN labels(node) WHERE label IN $labels)");

	private final ReactiveNeo4jClient client;

	SearchController(ReactiveNeo4jClient client) {
		this.client = client;
	}

	@QueryMapping
	Mono<Connection<SearchHit>> search(@Argument String text, @Argument List<SearchType> types,
			@Argument Integer first, @Argument String after) {
		if (text == null || text.isBlank()) {
			throw new InvalidArgumentException("text", "must not be empty");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidArgumentException("text", "must be at most " + MAX_TEXT + " characters");
		}
		PageRequest page = PageRequest.of(first, after);
		int offset = page.afterKey() == null ? 0 : offsetOf(page.afterKey());
		boolean allTypes = types == null || types.isEmpty() || EnumSet.copyOf(types).size() == SearchType.values().length;
		List<String> labels = allTypes ? List.of() : types.stream().map(type -> type.label).distinct().toList();
		return client.query(allTypes ? SEARCH_ALL_TYPES : SEARCH_SOME_TYPES)
			.bindAll(of("query", LuceneQuery.allWords(text), "labels", labels, "offset", offset, "limit",
					page.limitPlusOne()))
			.fetchAs(Connection.class)
			.mappedBy((types_, record) -> {
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

	private static int offsetOf(String key) {
		try {
			return Integer.parseInt(key);
		}
		catch (NumberFormatException ex) {
			throw new InvalidArgumentException("after", "is not a cursor of this search");
		}
	}
}
