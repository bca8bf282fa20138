package jp.tsunagu.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Loads a child list for many parents in one statement: the backbone of every
 * {@code @BatchMapping}, so that a page of N parents costs one query per child field, not N.
 */
@Component
public class BatchLoader {

	private final ReactiveNeo4jClient client;

	BatchLoader(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/**
	 * @param parents the parents, in the order GraphQL asks for them
	 * @param idOf the parent's key, bound as the list {@code $ids}
	 * @param cypher a statement that returns a row per child, with the parent's key in column {@code id}
	 * @param mapper turns a row into the child, given its parent
	 * @return every parent mapped to its children (an empty list where it has none)
	 */
	public <P, C> Mono<Map<P, List<C>>> load(List<P> parents, Function<P, String> idOf, String cypher,
			BiFunction<P, ? super Record, C> mapper) {
		Map<String, P> byId = new LinkedHashMap<>();
		parents.forEach(parent -> byId.put(idOf.apply(parent), parent));
		return client.query(cypher)
			.bind(List.copyOf(byId.keySet()))
			.to("ids")
			.fetchAs(Child.class)
			.mappedBy((types, record) -> {
				P parent = byId.get(record.get("id").asString());
				return new Child<>(parent, mapper.apply(parent, record));
			})
			.all()
			.collectList()
			.map(rows -> {
				Map<P, List<C>> result = new LinkedHashMap<>();
				parents.forEach(parent -> result.put(parent, new ArrayList<>()));
				for (Child<?, ?> row : rows) {
					@SuppressWarnings("unchecked")
					Child<P, C> child = (Child<P, C>) row;
					result.get(child.parent()).add(child.value());
				}
				return result;
			});
	}

	/** The children of a declared child field, from its statement of its own. */
	public <P, C> Mono<Map<P, List<C>>> load(List<P> parents, Function<P, String> idOf, ChildList<P, C> children) {
		return load(parents, idOf, children.batchStatement(), children.mapper());
	}

	/** Like {@link #load(List, Function, ChildList)} for a child field that holds at most one value. */
	public <P, C> Mono<Map<P, C>> loadOne(List<P> parents, Function<P, String> idOf, ChildList<P, C> child) {
		return loadOne(parents, idOf, child.batchStatement(), child.mapper());
	}

	/** Like {@link #load} for a child field that holds at most one value. */
	public <P, C> Mono<Map<P, C>> loadOne(List<P> parents, Function<P, String> idOf, String cypher,
			BiFunction<P, ? super Record, C> mapper) {
		return load(parents, idOf, cypher, mapper).map(lists -> {
			Map<P, C> result = new LinkedHashMap<>();
			lists.forEach((parent, children) -> {
				if (!children.isEmpty()) {
					result.put(parent, children.get(0));
				}
			});
			return result;
		});
	}

	private record Child<P, C>(P parent, C value) {
	}
}
