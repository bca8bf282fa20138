package jp.tsunagu.analystgraph;

import java.time.OffsetDateTime;

import org.neo4j.driver.Value;

/**
 * The analysts' graph's own record of when it was built and from what: the {@code :Snapshot} node a rebuild writes
 * last, so a graph without one is empty or still being built.
 *
 * @param builtAt when the rebuild finished
 * @param source the operational graph it was built from (its Bolt URI)
 * @param keyedPseudonyms whether pseudonyms come from a fixed key (the same across rebuilds) or a new one
 */
public record Snapshot(OffsetDateTime builtAt, String source, long durationMs, boolean keyedPseudonyms,
		long directoryNodes, long directoryTies, long organizations, long areas, long people, long households) {

	// its properties, not the node: a node deleted by a rebuild under way could not be returned
	static final String READ = "MATCH (s:Snapshot) RETURN s {.*} AS s ORDER BY s.builtAt DESC LIMIT 1";

	static final String WRITE = """
			CREATE (:Snapshot {builtAt: datetime(), source: $source, durationMs: $durationMs,
			  keyedPseudonyms: $keyedPseudonyms, directoryNodes: $directoryNodes, directoryTies: $directoryTies,
			  organizations: $organizations, areas: $areas, people: $people, households: $households})""";

	static Snapshot of(Value node) {
		return new Snapshot(node.get("builtAt").asOffsetDateTime(), node.get("source").asString(),
				node.get("durationMs").asLong(), node.get("keyedPseudonyms").asBoolean(),
				node.get("directoryNodes").asLong(), node.get("directoryTies").asLong(),
				node.get("organizations").asLong(), node.get("areas").asLong(), node.get("people").asLong(),
				node.get("households").asLong());
	}
}
