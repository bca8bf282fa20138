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
		return """
				CALL () { %1$s RETURN count(*) AS total }
				CALL () {
				  %1$s
				  WITH %2$s WHERE $afterKey IS NULL OR %3$s < datetime($afterKey)
				    OR (%3$s = datetime($afterKey) AND %2$s.id < $afterId)
				  WITH %2$s ORDER BY %3$s DESC, %2$s.id DESC LIMIT $limit
				  RETURN collect(%2$s) AS page
				}
				RETURN total, page
				""".formatted(match, variable, time);
	}

	public <T> Mono<Connection<T>> fetch(ReactiveNeo4jClient client, Map<String, Object> filterParameters,
			PageRequest request, Function<Value, T> mapper, Function<T, String> timeOf, Function<T, String> idOf) {
		return PagedQuery.page(client, cypher(), filterParameters, request, mapper, timeOf, idOf);
	}
}
