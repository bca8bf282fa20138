package jp.tsunagu.analytics;

import java.util.List;
import java.util.Map;

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
 * Household counts for an area, in one statement. DV and crime-victim households (protection other than NONE) are
 * never counted, so no aggregate can reveal that one lives somewhere; archived households are left out too.
 */
@Repository
class HouseholdStatisticsQueries {

	private static final String STATISTICS = CypherTemplate.compose("""
			MATCH (area:Area {code: $areaCode})
			OPTIONAL MATCH (h:Household)-[:LIVES_IN]->(:Area){{within}}(area)
			WHERE NOT h.archived AND h.protection = 'NONE'
			WITH area, collect(DISTINCT h) AS households
			RETURN size(households) AS total,
			  COLLECT { UNWIND households AS h
			            MATCH (h)-[i:HAS_ISSUE]->(n:Need) WHERE i.status IN ['OPEN', 'IN_PROGRESS']
			            WITH n, count(DISTINCT h) AS count
			            RETURN {need: n, count: count} ORDER BY count DESC, n.code } AS byNeed,
			  COLLECT { UNWIND households AS h UNWIND h.flags AS flag
			            WITH flag, count(DISTINCT h) AS count
			            RETURN {flag: flag, count: count} ORDER BY count DESC, flag } AS byFlag,
			  COLLECT { UNWIND households AS h
			            MATCH (h)-[:ISOLATED_FROM]->(k:IsolationKind)
			            WITH k, count(DISTINCT h) AS count
			            RETURN {kind: k, count: count} ORDER BY count DESC, k.code } AS byIsolation""", Map.of("within", Areas.WITHIN));

	private final ReactiveNeo4jClient client;

	HouseholdStatisticsQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<HouseholdStatistics> statistics(String areaCode) {
		return client.query(STATISTICS)
			.bind(areaCode)
			.to("areaCode")
			.fetchAs(HouseholdStatistics.class)
			.mappedBy((types, record) -> statistics(areaCode, record))
			.one()
			.as(found -> Areas.require(found, "areaCode", areaCode));
	}

	private static HouseholdStatistics statistics(String areaCode, Record record) {
		List<NeedCount> needs = record.get("byNeed")
			.asList(entry -> new NeedCount(Need.from(entry.get("need").asNode()), count(entry)));
		List<FlagCount> flags = record.get("byFlag")
			.asList(entry -> new FlagCount(HouseholdFlag.valueOf(entry.get("flag").asString()), count(entry)));
		List<IsolationCount> isolation = record.get("byIsolation")
			.asList(entry -> new IsolationCount(IsolationKind.from(entry.get("kind").asNode()), count(entry)));
		return new HouseholdStatistics(areaCode, record.get("total").asInt(), needs, flags, isolation);
	}

	private static int count(Value entry) {
		return entry.get("count").asInt();
	}
}
