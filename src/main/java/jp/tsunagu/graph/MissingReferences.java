package jp.tsunagu.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Finds which of the keys a mutation refers to do not exist, so it can say which ones. */
@Component
public class MissingReferences {

	/** Kinds of things an input can point at, each with the label and key to look them up by. */
	public enum Kind {

		AREA("Area", "code"), FIELD("Field", "code"), NEED("Need", "code"), SUPPORT_FUNCTION("SupportFunction", "code"),
		ORGANIZATION("Organization", "id"), NETWORK("Network", "id"), PERSON("Person", "id"),
		ACTIVITY("Activity", "id"), SERVICE("Service", "id"), COMMISSION("Commission", "id");

		private final String cypher;

		Kind(String label, String key) {
			this.cypher = """
					UNWIND $keys AS key
					OPTIONAL MATCH (n:%s {%s: key})
					WITH key, n WHERE n IS NULL
					RETURN collect(key) AS missing
					""".formatted(label, key);
		}
	}

	private final ReactiveNeo4jClient client;

	MissingReferences(ReactiveNeo4jClient client) {
		this.client = client;
	}

	public Mono<List<String>> missing(Kind kind, Collection<String> keys) {
		if (keys == null || keys.isEmpty()) {
			return Mono.just(List.of());
		}
		return client.query(kind.cypher)
			.bindAll(Map.of("keys", List.copyOf(keys)))
			.fetchAs(List.class)
			.mappedBy((types, record) -> record.get("missing").asList(v -> v.asString()))
			.one()
			.map(list -> {
				@SuppressWarnings("unchecked")
				List<String> typed = list;
				return typed;
			});
	}
}
