package jp.tsunagu.graph;

import java.util.Map;
import java.util.function.Function;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import reactor.core.publisher.Mono;

/**
 * Like {@link PagedQuery}, for logs and inboxes: newest first on a datetime property, keyset-paged on (time, id), with
 * the total count, in one round trip. The cursor carries the time as ISO-8601 text.
 *
 * @param match a MATCH … WHERE … clause binding {@code variable}; fixed text, never caller input
 * @param variable the matched node's variable
 * @param timeProperty the datetime property sorted on
 */
public record NewestFirstQuery(String match, String variable, String timeProperty) {

	public String cypher() {
		String time = variable + "." + timeProperty;
		return CypherTemplate.compose("""
				CALL () { {{match}} RETURN count(*) AS total }
				CALL () {
				  {{match}}
				  WITH {{variable}} WHERE $afterKey IS NULL OR {{time}} < datetime($afterKey)
				    OR ({{time}} = datetime($afterKey) AND {{variable}}.id < $afterId)
				  WITH {{variable}} ORDER BY {{time}} DESC, {{variable}}.id DESC LIMIT $limit
				  RETURN collect({{variable}}) AS page
				}
				RETURN total, page
				""", Map.of("match", match, "variable", variable, "time", time));
	}

	public <T> Mono<Connection<T>> fetch(ReactiveNeo4jClient client, Map<String, Object> filterParameters,
			PageRequest request, Function<Value, T> mapper, Function<T, String> timeOf, Function<T, String> idOf) {
		return PagedQuery.page(client, cypher(), filterParameters, request, mapper, timeOf, idOf);
	}
}
