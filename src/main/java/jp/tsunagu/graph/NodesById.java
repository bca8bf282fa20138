package jp.tsunagu.graph;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.neo4j.driver.types.Node;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Nodes of one label by their {@code id}: the lookup every feature needs, written once. */
@Component
public class NodesById {

	/** Labels come from the hub's own code, never from a caller; this keeps it so. */
	private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z]*");

	private final ReactiveNeo4jClient client;

	NodesById(ReactiveNeo4jClient client) {
		this.client = client;
	}

	public <T> Mono<T> one(String label, String id, Function<Node, T> mapper) {
		return client.query("MATCH (n:" + checked(label) + " {id: $id}) RETURN n")
			.bind(id)
			.to("id")
			.fetchAs(Object.class)
			.mappedBy((types, record) -> mapper.apply(record.get("n").asNode()))
			.one()
			.map(NodesById::<T>typed);
	}

	/** The node with the child fields {@code children} selects (bound on {@code n}), read into it by {@code mapper}. */
	public <T> Mono<T> one(String label, String id, ChildLists.Selected children, Function<Node, T> mapper) {
		return client.query(oneWithChildren(label, children))
			.bind(id)
			.to("id")
			.fetchAs(Object.class)
			.mappedBy((types, record) -> children.read(record.get("n"), mapper))
			.one()
			.map(NodesById::<T>typed);
	}

	static String oneWithChildren(String label, ChildLists.Selected children) {
		return "MATCH (n:" + checked(label) + " {id: $id})\nRETURN " + children.row() + " AS n";
	}

	public <T> Flux<T> many(String label, Collection<String> ids, Function<Node, T> mapper) {
		return client.query("UNWIND $ids AS id MATCH (n:" + checked(label) + " {id: id}) RETURN n")
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Object.class)
			.mappedBy((types, record) -> mapper.apply(record.get("n").asNode()))
			.all()
			.map(NodesById::<T>typed);
	}

	/** Archives the node: it stays, with what it owns and its ties, but lists and walks leave it out. Empty when none. */
	public <T> Mono<T> archive(String label, String id, Function<Node, T> mapper) {
		return client
			.query("MATCH (n:" + checked(label) + " {id: $id}) SET n.archived = true, n.updatedAt = datetime() RETURN n")
			.bind(id)
			.to("id")
			.fetchAs(Object.class)
			.mappedBy((types, record) -> mapper.apply(record.get("n").asNode()))
			.one()
			.map(NodesById::<T>typed);
	}

	private static String checked(String label) {
		if (!LABEL.matcher(label).matches()) {
			throw new IllegalArgumentException("not a label: " + label);
		}
		return label;
	}

	@SuppressWarnings("unchecked")
	private static <T> T typed(Object value) {
		return (T) value;
	}
}
