package jp.tsunagu.analytics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import jp.tsunagu.analytics.HouseholdStatistics.Cell;
import jp.tsunagu.analytics.HouseholdStatistics.FlagCount;
import jp.tsunagu.analytics.HouseholdStatistics.IsolationCount;
import jp.tsunagu.analytics.HouseholdStatistics.NeedCount;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.household.HouseholdFlag;
import jp.tsunagu.taxonomy.IsolationKind;
import jp.tsunagu.taxonomy.Need;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Household counts for an area, in one statement, under the small-cell policy ({@link SmallCells}). DV and
 * crime-victim households (protection other than NONE) are never counted, so no aggregate can reveal that one lives
 * somewhere; archived households are left out too. The statement counts the area's table: the area and its siblings
 * (the parts of its parent) and the parent's own households, so that complementary suppression sees every cell a
 * difference could be taken from.
 */
@Repository
class HouseholdStatisticsQueries {

	private static final String STATISTICS = CypherTemplate.compose("""
			MATCH (area:Area {code: $areaCode})
			WITH area, [(area)-[:PART_OF]->(p:Area) | p][0] AS parent
			WITH area, parent, CASE WHEN parent IS NULL THEN [area]
			                   ELSE [parent] + COLLECT { MATCH (s:Area)-[:PART_OF]->(parent) RETURN s } END AS cells
			UNWIND cells AS cell
			OPTIONAL CALL (cell, parent) {
			  MATCH (h:Household)-[:LIVES_IN]->(cell)
			  WHERE cell = parent AND NOT h.archived AND h.protection = 'NONE' AND {{ownRecords}}
			  RETURN h
			  UNION
			  MATCH (h:Household)-[:LIVES_IN]->(:Area){{within}}(cell)
			  WHERE (parent IS NULL OR cell <> parent) AND NOT h.archived AND h.protection = 'NONE' AND {{ownRecords}}
			  RETURN h
			}
			WITH area, cell, collect(DISTINCT h) AS households
			RETURN cell.code AS cell, cell = area AS asked,
			  size(households) AS total,
			  COLLECT { UNWIND households AS h
			            MATCH (h)-[i:HAS_ISSUE]->(n:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS']
			            WITH n, count(DISTINCT h) AS count
			            RETURN {key: n.code, node: n, count: count} } AS byNeed,
			  COLLECT { UNWIND households AS h UNWIND h.flags AS flag
			            WITH flag, count(DISTINCT h) AS count
			            RETURN {key: flag, count: count} } AS byFlag,
			  COLLECT { UNWIND households AS h
			            MATCH (h)-[:ISOLATED_FROM]->(k:IsolationKind)
			            WITH k, count(DISTINCT h) AS count
			            RETURN {key: k.code, node: k, count: count} } AS byIsolation""", Map.of("within", Areas.WITHIN,
			"ownRecords", "($recordHolder IS NULL OR EXISTS { (h)-[:RECORD_HELD_BY]->(:Organization {id: $recordHolder}) })"));

	private final ReactiveNeo4jClient client;

	private final AnalyticsProperties properties;

	HouseholdStatisticsQueries(ReactiveNeo4jClient client, AnalyticsProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	/**
	 * @param recordHolder the organisation whose records alone are counted (a coordinator's council), or null for
	 * every household (analysts and administrators)
	 */
	Mono<HouseholdStatistics> statistics(String areaCode, String recordHolder) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("areaCode", areaCode);
		parameters.put("recordHolder", recordHolder);
		return client.query(STATISTICS)
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((types, record) -> record)
			.all()
			.collectList()
			.filter(cells -> !cells.isEmpty())
			.map(cells -> statistics(areaCode, cells, properties.smallCellThreshold()))
			.as(found -> Areas.require(found, "areaCode", areaCode));
	}

	static HouseholdStatistics statistics(String areaCode, List<Record> cells, int threshold) {
		Record asked = cells.stream().filter(cell -> cell.get("asked").asBoolean()).findFirst().orElseThrow();
		Map<String, Long> totals = new HashMap<>();
		cells.forEach(cell -> totals.put(cell.get("cell").asString(), cell.get("total").asLong()));
		long total = asked.get("total").asLong();
		boolean totalSuppressed = SmallCells.suppressed(totals, threshold).contains(asked.get("cell").asString());
		List<NeedCount> needs = counts(cells, asked, "byNeed", threshold,
				(entry, cell) -> new NeedCount(Need.from(entry.get("node").asNode()), cell));
		List<FlagCount> flags = counts(cells, asked, "byFlag", threshold,
				(entry, cell) -> new FlagCount(HouseholdFlag.valueOf(entry.get("key").asString()), cell));
		List<IsolationCount> isolation = counts(cells, asked, "byIsolation", threshold,
				(entry, cell) -> new IsolationCount(IsolationKind.from(entry.get("node").asNode()), cell));
		return new HouseholdStatistics(areaCode, totalSuppressed ? null : (int) total, totalSuppressed,
				SmallCells.shown(total, totalSuppressed, threshold), threshold, needs, flags, isolation);
	}

	/** The asked area's non-zero counts of one list: shown ones largest first, then the suppressed ones by key. */
	private static <T> List<T> counts(List<Record> cells, Record asked, String list, int threshold,
			BiFunction<Value, Cell, T> item) {
		Map<String, Value> entries = new LinkedHashMap<>();
		asked.get(list).values().forEach(entry -> entries.put(entry.get("key").asString(), entry));
		Function<String, Cell> cellOf = key -> {
			Map<String, Long> table = new HashMap<>();
			for (Record cell : cells) {
				long count = cell.get(list).asList(entry -> entry).stream()
					.filter(entry -> entry.get("key").asString().equals(key))
					.mapToLong(entry -> entry.get("count").asLong())
					.sum();
				table.put(cell.get("cell").asString(), count);
			}
			Set<String> suppressed = SmallCells.suppressed(table, threshold);
			return Cell.of(entries.get(key).get("count").asLong(), suppressed.contains(asked.get("cell").asString()),
					threshold);
		};
		Map<String, Cell> byKey = new LinkedHashMap<>();
		entries.keySet().forEach(key -> byKey.put(key, cellOf.apply(key)));
		return byKey.entrySet()
			.stream()
			.sorted(Comparator.<Map.Entry<String, Cell>, Boolean>comparing(entry -> entry.getValue().suppressed())
				.thenComparing(entry -> entry.getValue().suppressed() ? 0 : -entry.getValue().count())
				.thenComparing(Map.Entry::getKey))
			.map(entry -> item.apply(entries.get(entry.getKey()), entry.getValue()))
			.toList();
	}
}
