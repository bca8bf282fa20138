package jp.tsunagu.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A connection field below a list, such as each partner system's services: the pages of all the parents of a request
 * in one statement for each page asked for (one in nearly every request), each parent's MATCH run once, its nodes
 * counted and keyset-paged as by {@link PagedQuery#once}.
 */
public final class ChildPages {

	/** One page of one parent's children: the key of the data loader that reads them. */
	public record Key(String parentKey, Integer first, String after) {
	}

	private final String cypher;

	/**
	 * @param match a MATCH … WHERE … binding {@code variable} for the parent whose key is {@code parentKey}; fixed text
	 * of the code base, never caller input
	 * @param variable the matched node's variable
	 * @param sortKey the property the children are sorted by
	 */
	public ChildPages(String match, String variable, String sortKey) {
		this.cypher = CypherTemplate.compose("""
				UNWIND $parentKeys AS parentKey
				CALL (parentKey) {
				{{page}}
				}
				RETURN parentKey, total, page""",
				Map.of("page", PagedQuery.once(match, variable, sortKey).cypher().strip().indent(2).stripTrailing()));
	}

	/** The statement, composed once. */
	public String cypher() {
		return cypher;
	}

	/** Every key's page, in one statement for each distinct page request among the keys. */
	public <T> Mono<Map<Key, Connection<T>>> fetch(ReactiveNeo4jClient client, Set<Key> keys,
			Function<Value, T> mapper, Function<T, String> sortKeyOf, Function<T, String> idOf) {
		Map<PageRequest, List<Key>> byPage = keys.stream()
			.collect(Collectors.groupingBy(key -> PageRequest.of(key.first(), key.after()), LinkedHashMap::new,
					Collectors.toList()));
		return Flux.fromIterable(byPage.entrySet())
			.concatMap(group -> pages(client, group.getKey(), group.getValue(), mapper, sortKeyOf, idOf))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private <T> Flux<Map.Entry<Key, Connection<T>>> pages(ReactiveNeo4jClient client, PageRequest request,
			List<Key> keys, Function<Value, T> mapper, Function<T, String> sortKeyOf, Function<T, String> idOf) {
		Map<String, Key> byParent = new HashMap<>();
		keys.forEach(key -> byParent.put(key.parentKey(), key));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("parentKeys", List.copyOf(byParent.keySet()));
		parameters.put("afterKey", request.afterKey());
		parameters.put("afterId", request.afterId());
		parameters.put("limit", request.limitPlusOne());
		return client.query(cypher).bindAll(parameters).fetchAs(Map.Entry.class).mappedBy((types, record) -> {
			List<T> rows = record.get("page").asList(mapper::apply);
			return Map.entry(byParent.get(record.get("parentKey").asString()),
					request.toConnection(rows, record.get("total").asLong(), sortKeyOf, idOf));
		}).all().map(entry -> {
			@SuppressWarnings("unchecked")
			Map.Entry<Key, Connection<T>> typed = entry;
			return typed;
		});
	}
}
