package jp.tsunagu.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.CypherParameters;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.household.ContactProperties;
import jp.tsunagu.household.Household;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.AuditedRead;
import jp.tsunagu.household.HouseholdScope;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A ranked page of households and its total in one statement (the households ranked once, then counted and paged),
 * read and audited in one transaction. The ranking is a string key computed in Cypher (most urgent sorts first), so
 * ordering and keyset paging happen in the database, after {@link HouseholdScope#VISIBLE} has removed what the caller
 * may not see. An area that does not exist is refused (BAD_REQUEST naming {@code area}), answered by the same
 * statement, rather than given as an empty list.
 */
@Component
class HouseholdRanking {

	/**
	 * Each household's distinct live supporters and the latest use of any of their ties
	 * ({@link ContactProperties#lastUse}).
	 */
	static final String SUPPORT = CypherTemplate.compose("""
			CALL (h) {
			  OPTIONAL MATCH (supporter:Organization|Person)-[tie:SUPPORTS]->(h)
			  WHERE NOT coalesce(supporter.archived, false)
			  RETURN count(DISTINCT supporter) AS supporterCount, max({{lastUse}}) AS lastContact
			}""", Map.of("lastUse", ContactProperties.lastUse("tie")));

	/**
	 * The outcome of the household's latest contact in the contact log (voided contacts left out), as
	 * {@code lastOutcome}: 連絡不通 or 住所不明 there means the household is being lost whatever its ties say.
	 */
	static final String LAST_CONTACT_OUTCOME = """
			COLLECT { MATCH (h)<-[:ABOUT]-(logged:Contact) WHERE logged.voidedAt IS NULL
			          RETURN logged.outcome ORDER BY logged.at DESC LIMIT 1 }[0]""";

	private final ReactiveNeo4jClient client;

	private final AuditedRead audited;

	HouseholdRanking(ReactiveNeo4jClient client, AuditedRead audited) {
		this.client = client;
		this.audited = audited;
	}

	/**
	 * The scoped households every ranking starts from, bound to {@code h}, in {@code $area} when it is not null.
	 *
	 * @param filter the ranking's own condition on {@code h}; fixed text, never caller input
	 */
	static String visibleHouseholds(String filter) {
		return HouseholdScope.CANDIDATES + CypherTemplate.compose("""

				WITH h, held
				WHERE NOT coalesce(h.archived, false)
				  AND ($area IS NULL OR EXISTS { (h)-[:LIVES_IN]->(:Area){{within}}(:Area {code: $area}) })
				  AND {{filter}}
				  AND {{visible}}""", Map.of("within", Areas.WITHIN, "filter", filter, "visible", HouseholdScope.VISIBLE_CANDIDATE));
	}

	/**
	 * @param rows Cypher starting from {@link #visibleHouseholds} and ending in {@code WITH h, rankKey, row}:
	 * {@code rankKey} a string sorting most urgent first, {@code row} a map with the household as {@code h}; fixed
	 * text, never caller input
	 * @param area an area code, or null (or blank) for every area the caller may see
	 * @param rowMapper reads a {@code row}
	 */
	<T> Mono<Connection<T>> page(HouseholdAccess access, String rows, String area, Map<String, Object> filter,
			PageRequest request, Function<Value, T> rowMapper, Function<T, Household> householdOf) {
		String areaCode = CypherParameters.blankToNull(area);
		String cypher = statement(rows);
		Map<String, Object> parameters = new HashMap<>(filter);
		parameters.put("area", areaCode);
		parameters.put("viewer", access.viewer());
		parameters.put("afterKey", request.afterKey());
		parameters.put("afterId", request.afterId());
		parameters.put("limit", request.limitPlusOne());
		Mono<Connection<T>> read = client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Ranked.class)
			.mappedBy((types, record) -> new Ranked(record.get("page").asList(row -> row), record.get("total").asLong(),
					record.get("areaKnown").asBoolean()))
			.one()
			.filter(Ranked::areaKnown)
			.as(ranked -> Areas.require(ranked, "area", areaCode))
			.map(ranked -> request.toConnection(ranked.rows(), ranked.total(),
					row -> row.get("rankKey").asString(), row -> row.get("h").get("id").asString()))
			.map(connection -> connection.map(rowMapper));
		return audited.run(access, read,
				connection -> connection.nodes().stream().map(row -> householdOf.apply(row).id()).toList());
	}

	/** The page of a ranking: {@code rows} as {@link #page} takes them, sorted, cut at the cursor, and counted. */
	static String statement(String rows) {
		return CypherTemplate.compose("""
				{{rows}}
				WITH collect({h: h, rankKey: rankKey, row: row}) AS ranked
				CALL (ranked) {
				  UNWIND ranked AS ranking
				  WITH ranking.h AS h, ranking.rankKey AS rankKey, ranking.row AS row
				  WHERE $afterKey IS NULL OR rankKey > $afterKey OR (rankKey = $afterKey AND h.id > $afterId)
				  WITH h, rankKey, row ORDER BY rankKey, h.id LIMIT $limit
				  RETURN collect(row {.*, rankKey: rankKey}) AS page
				}
				RETURN size(ranked) AS total, page, $area IS NULL OR EXISTS { (:Area {code: $area}) } AS areaKnown""", Map.of("rows", rows));
	}

	private record Ranked(List<Value> rows, long total, boolean areaKnown) {
	}
}
