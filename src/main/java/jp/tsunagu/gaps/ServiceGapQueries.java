package jp.tsunagu.gaps;

import static jp.tsunagu.graph.CypherParameters.of;

import java.util.Comparator;
import java.util.List;

import java.util.Map;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.AreaKind;
import jp.tsunagu.area.Areas;
import jp.tsunagu.gaps.ServiceGap.NearestService;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.service.Service;
import jp.tsunagu.service.ServiceRules;
import jp.tsunagu.taxonomy.Need;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Needs an area lacks services for, in one statement. "In the area" means available in the area itself, in the
 * municipality or ward above it, or in a district below it. A service serves its jurisdiction: the area it is
 * available in and everything within it. So a need without a service in the area can only be served from a wider
 * jurisdiction containing it (a 圏域 its municipality belongs to, the prefecture), never from another municipality
 * however near; distance orders
 * those wider services only, measured to where the provider is. A service covers the need it addresses and every
 * narrower one. Only {@link ServiceRules#USABLE} services count.
 */
@Repository
class ServiceGapQueries {

	/** The coordinates of area {@code area}, or of the area it lies in (a district has none of its own). */
	private static String coordinates(String area) {
		return CypherTemplate.compose("""
				coalesce(CASE WHEN {{area}}.latitude IS NOT NULL THEN point({latitude: {{area}}.latitude, longitude: {{area}}.longitude}) END,
				         [({{area}})-[:PART_OF]->(up:Area) WHERE up.latitude IS NOT NULL
				          | point({latitude: up.latitude, longitude: up.longitude})][0])""", Map.of("area", area));
	}

	/**
	 * The narrower needs with a service in the area are collected before the nearest service outside it is looked for,
	 * so every service is bound as {@code s} where {@link ServiceRules#USABLE} judges it.
	 */
	static final String GAPS = CypherTemplate.compose("""
			MATCH (a:Area {code: $area})
			OPTIONAL CALL (a) {
			  WITH a WHERE NOT a:Prefecture AND NOT a:Region
			  WITH a, {{here}} AS here, {{regions}} AS regions,
			       [(a){{within}}(x:Area) WHERE NOT x:Prefecture | x] + [(x:Area)-[:PART_OF*1..3]->(a) | x] AS local
			  MATCH (n:Need)
			  WHERE NOT EXISTS {
			    MATCH (n)-[:BROADER*0..3]->(:Need)<-[:ADDRESSES]-(s:Service)-[:AVAILABLE_IN]->(x:Area)
			    WHERE x IN local AND {{usable}}
			  }
			  WITH n, a, local, here, regions, COLLECT {
			    MATCH (m:Need)-[:BROADER*1..3]->(n)
			    WHERE EXISTS { (m)<-[:ADDRESSES]-(s:Service)-[:AVAILABLE_IN]->(z:Area) WHERE z IN local AND {{usable}} }
			    RETURN DISTINCT m ORDER BY m.code
			  } AS coveredNarrower
			  OPTIONAL CALL (n, a, local, here, regions) {
			    MATCH (n)-[:BROADER*0..3]->(:Need)<-[:ADDRESSES]-(s:Service)-[:AVAILABLE_IN]->(y:Area)
			    WHERE NOT y IN local AND (EXISTS { (a)-[:PART_OF*1..3]->(y) } OR y IN regions) AND {{usable}}
			    WITH s, y, coalesce([(s)<-[:PROVIDES]-(:Organization)-[:LOCATED_IN]->(at:Area) | {{provider}}][0], {{there}}) AS there
			    RETURN s, y, point.distance(here, there) / 1000.0 AS km
			    ORDER BY km, s.name, s.id
			    LIMIT 1
			  }
			  RETURN collect({need: n, service: s, availableIn: y, km: km, coveredNarrower: coveredNarrower}) AS gaps
			}
			RETURN a, gaps""", Map.of("within", Areas.WITHIN, "regions", Areas.regionsOf("a"), "here", coordinates("a"),
			"there", coordinates("y"),
			"provider", coordinates("at"), "usable", ServiceRules.USABLE));

	private final ReactiveNeo4jClient client;

	ServiceGapQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<ServiceGaps> gaps(String areaCode, double farKm) {
		if (!(farKm > 0)) {
			throw new InvalidArgumentException("farKm", "must be more than 0, was " + farKm);
		}
		return client.query(GAPS)
			.bindAll(of("area", areaCode))
			.fetchAs(ServiceGaps.class)
			.mappedBy((types, record) -> {
				List<ServiceGap> gaps = record.get("gaps")
					.asList(row -> gap(row, farKm))
					.stream()
					.sorted(Comparator.comparing(ServiceGap::kind).thenComparing(gap -> gap.need().code()))
					.toList();
				return new ServiceGaps(Area.from(record.get("a").asNode()), farKm, gaps);
			})
			.one()
			.map(gaps -> {
				if (gaps.area().kind() == AreaKind.PREFECTURE || gaps.area().kind() == AreaKind.REGION) {
					boolean prefecture = gaps.area().kind() == AreaKind.PREFECTURE;
					throw InvalidArgumentException.bilingual("area",
							(prefecture ? "都道府県" : "圏域") + "ではなく、市区町村・行政区・地区を指定してください",
							"must be a municipality, ward or district, not a " + (prefecture ? "prefecture" : "圏域 (region)"));
				}
				return gaps;
			})
			.as(found -> Areas.require(found, "area", areaCode));
	}

	private static ServiceGap gap(Value row, double farKm) {
		Need need = Need.from(row.get("need").asNode());
		List<Need> narrower = row.get("coveredNarrower").asList(value -> Need.from(value.asNode()));
		if (row.get("service").isNull()) {
			return new ServiceGap(need, ServiceGapKind.NO_SERVICE, null, narrower);
		}
		Double km = row.get("km").isNull() ? null : roundedKm(row.get("km").asDouble());
		NearestService nearest = new NearestService(Service.from(row.get("service").asNode()),
				Area.from(row.get("availableIn").asNode()), km);
		ServiceGapKind kind = km != null && km > farKm ? ServiceGapKind.FAR_AWAY : ServiceGapKind.PREFECTURE_ONLY;
		return new ServiceGap(need, kind, nearest, narrower);
	}

	/** Straight-line distances between office coordinates mean nothing below 100 m. */
	static double roundedKm(double km) {
		return Math.round(km * 10) / 10.0;
	}
}
