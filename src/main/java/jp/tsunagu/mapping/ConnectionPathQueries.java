package jp.tsunagu.mapping;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.List;
import java.util.stream.IntStream;

import java.util.Map;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.graph.CypherTemplate;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The shortest chains of ties between two nodes of the directory, in one statement. */
@Repository
class ConnectionPathQueries {

	static final int MAX_LENGTH = 8;

	static final int MAX_PATHS = 20;

	private static final String ENDS = "Organization|Person|Network|Activity|Service";

	/**
	 * The most shortest chains taken from the search before they are sorted: a pair joined through many networks
	 * has thousands of equal chains, and sorting them all would cost far more than the answer is worth. When there
	 * are more, the chains returned are the first by name among the first {@value} the search found.
	 */
	static final int MAX_PATHS_EXAMINED = 100;

	/**
	 * The statement for each length 1..{@value #MAX_LENGTH}, the index: a bound cannot be a parameter, so the
	 * validated length is written into the pattern and the search stops there. A predicate inside the pattern that the
	 * search cannot apply hop by hop would make the database fall back to enumerating every path.
	 */
	private static final List<String> CYPHER_BY_LENGTH = IntStream.rangeClosed(0, MAX_LENGTH)
		.mapToObj(length -> CypherTemplate.compose("""
				OPTIONAL MATCH (a:{{ends}} {id: $from})
				OPTIONAL MATCH (b:{{ends}} {id: $to})
				WITH a, b, $kinds + CASE WHEN $providesForServices AND (a:Service OR b:Service) THEN ['PROVIDES'] ELSE [] END AS kinds
				CALL (a, b, kinds) {
				  WITH a, b, kinds WHERE NOT coalesce(a.archived, false) AND NOT coalesce(b.archived, false)
				  MATCH p = ALL SHORTEST (a)(()-[r:{{tieTypes}}]-(y) WHERE type(r) IN kinds AND {{passable}}){0,{{length}}}(b)
				  WITH p LIMIT {{examined}}
				  ORDER BY [n IN nodes(p) | n.name], [n IN nodes(p) | n.id]
				  RETURN collect(p)[..$first] AS paths
				}
				RETURN a.id AS fromId, a.archived AS fromArchived, b.id AS toId, b.archived AS toArchived, paths
				""", Map.of("ends", ENDS, "tieTypes", TieRules.TYPES, "passable", TieRules.passable("y"), "length", length,
				"examined", MAX_PATHS_EXAMINED)))
		.toList();

	/** The statement whose search stops at {@code maxLength} ties (1..{@value #MAX_LENGTH}, already validated). */
	static String cypher(int maxLength) {
		return CYPHER_BY_LENGTH.get(maxLength);
	}

	private final ReactiveNeo4jClient client;

	ConnectionPathQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<List<TiePath>> find(String from, String to, List<TieKind> kinds, Integer maxLength, Integer first) {
		int length = Bounds.within("maxLength", maxLength, 6, MAX_LENGTH);
		int paths = Bounds.within("first", first, 5, MAX_PATHS);
		return client.query(cypher(length))
			.bindAll(of("from", from, "to", to, "kinds", TieRules.kinds(kinds, false), "providesForServices", kinds == null,
					"first", paths))
			.fetchAs(Found.class)
			.mappedBy((types, record) -> new Found(record.get("fromId"), record.get("fromArchived"), record.get("toId"),
					record.get("toArchived"), record.get("paths").asList(path -> TiePath.from(path.asPath()))))
			.one()
			.map(found -> {
				checkEnd(found.fromId(), found.fromArchived(), "from", from);
				checkEnd(found.toId(), found.toArchived(), "to", to);
				return found.paths();
			});
	}

	private record Found(Value fromId, Value fromArchived, Value toId, Value toArchived, List<TiePath> paths) {
	}

	/** An unknown or archived end is the caller's mistake, named by its argument. */
	private static void checkEnd(Value id, Value archived, String argument, String asked) {
		if (id.isNull()) {
			throw new InvalidArgumentException(argument,
					"no organisation, person, network, activity or service has id " + asked);
		}
		if (!archived.isNull() && archived.asBoolean()) {
			throw new InvalidArgumentException(argument, asked + " is archived");
		}
	}
}
