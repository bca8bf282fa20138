package jp.tsunagu.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import reactor.core.publisher.Mono;

/**
 * One round trip for a page of a filtered list and its total count: the same MATCH runs once
 * counted and once keyset-paged on (sort key, id).
 *
 * @param match a MATCH … WHERE … clause binding {@code variable}; fixed text, never caller input
 * @param variable the matched node's variable
 * @param sortKey the property the list is sorted by
 * @param once whether the MATCH runs only once, its nodes then counted and paged in memory
 */
public record PagedQuery(String match, String variable, String sortKey, boolean once) {

	public PagedQuery(String match, String variable, String sortKey) {
		this(match, variable, sortKey, false);
	}

	/**
	 * A list whose MATCH runs once: for lists bounded by the caller (one organisation's households, thousands at most),
	 * where matching twice costs more than holding the nodes.
	 */
	public static PagedQuery once(String match, String variable, String sortKey) {
		return new PagedQuery(match, variable, sortKey, true);
	}

	public String cypher() {
		return cypher(variable);
	}

	/** The statement, returning {@code row} for each node of the page (e.g. the node with its children). */
	public String cypher(String row) {
		String key = variable + "." + sortKey;
		if (once) {
			return CypherTemplate.compose("""
					{{match}}
					WITH collect({{variable}}) AS matched
					CALL (matched) {
					  UNWIND matched AS {{variable}}
					  WITH {{variable}} WHERE $afterKey IS NULL OR {{key}} > $afterKey OR ({{key}} = $afterKey AND {{variable}}.id > $afterId)
					  WITH {{variable}} ORDER BY {{key}}, {{variable}}.id LIMIT $limit
					  RETURN collect({{row}}) AS page
					}
					RETURN size(matched) AS total, page
					""", Map.of("match", match, "variable", variable, "key", key, "row", row));
		}
		return CypherTemplate.compose("""
				CALL () { {{match}} RETURN count(*) AS total }
				CALL () {
				  {{match}}
				  WITH {{variable}} WHERE $afterKey IS NULL OR {{key}} > $afterKey OR ({{key}} = $afterKey AND {{variable}}.id > $afterId)
				  WITH {{variable}} ORDER BY {{key}}, {{variable}}.id LIMIT $limit
				  RETURN collect({{row}}) AS page
				}
				RETURN total, page
				""", Map.of("match", match, "variable", variable, "key", key, "row", row));
	}

	public <T> Mono<Connection<T>> fetch(ReactiveNeo4jClient client, Map<String, Object> filterParameters,
			PageRequest request, Function<Value, T> mapper, Function<T, String> sortKeyOf, Function<T, String> idOf) {
		return page(client, cypher(), filterParameters, request, mapper, sortKeyOf, idOf);
	}

	/** A page whose nodes carry the child fields {@code children} selects, read into the parents by {@code parentOf}. */
	public <T> Mono<Connection<T>> fetch(ReactiveNeo4jClient client, Map<String, Object> filterParameters,
			PageRequest request, ChildLists.Selected children, Function<Node, T> parentOf,
			Function<T, String> sortKeyOf, Function<T, String> idOf) {
		return page(client, cypher(children.row()), filterParameters, request, row -> children.read(row, parentOf),
				sortKeyOf, idOf);
	}

	/** Runs a statement returning {@code total} and {@code page} with the keyset parameters of the request. */
	static <T> Mono<Connection<T>> page(ReactiveNeo4jClient client, String cypher, Map<String, Object> filterParameters,
			PageRequest request, Function<Value, T> mapper, Function<T, String> sortKeyOf, Function<T, String> idOf) {
		Map<String, Object> parameters = new HashMap<>(filterParameters);
		parameters.put("afterKey", request.afterKey());
		parameters.put("afterId", request.afterId());
		parameters.put("limit", request.limitPlusOne());
		return client.query(cypher).bindAll(parameters).fetchAs(Connection.class).mappedBy((types, record) -> {
			List<T> rows = record.get("page").asList(mapper::apply);
			return request.toConnection(rows, record.get("total").asLong(), sortKeyOf, idOf);
		}).one().map(connection -> {
			@SuppressWarnings("unchecked")
			Connection<T> typed = connection;
			return typed;
		});
	}
}
