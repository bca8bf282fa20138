package jp.tsunagu.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.tsunagu.graph.NodeValues;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/** The subsidy table (図表4) and the 住民基本台帳 populations it is applied to. */
@Repository
class SubsidyQueries {

	/** A municipality as the subsidy sees it: its census population and its 住民基本台帳 figure on a date, if any. */
	record Municipality(String code, String name, Long censusPopulation, Long residentPopulation) {
	}

	private final ReactiveNeo4jClient client;

	SubsidyQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<List<SubsidyBand>> bands(int fiscalYear) {
		return client.query("MATCH (b:SubsidyBand {fiscalYear: $year}) RETURN b ORDER BY b.minPopulation")
			.bind(fiscalYear)
			.to("year")
			.fetchAs(SubsidyBand.class)
			.mappedBy((types, record) -> SubsidyBand.from(record.get("b")))
			.all()
			.collectList();
	}

	Mono<Municipality> municipality(String code, LocalDate basisDate) {
		return client.query("""
				MATCH (m:Municipality {code: $code})
				OPTIONAL MATCH (m)<-[:OF]-(p:ResidentPopulation {asOf: $asOf})
				RETURN m.code AS code, m.name AS name, m.population AS census, p.count AS resident""")
			.bindAll(of("code", code, "asOf", basisDate))
			.fetchAs(Municipality.class)
			.mappedBy((types, record) -> new Municipality(record.get("code").asString(), record.get("name").asString(),
					NodeValues.longValue(record, "census"), NodeValues.longValue(record, "resident")))
			.one();
	}

	/** Records the figure; empty when there is no municipality with the code. */
	Mono<String> recordResidentPopulation(String code, long population, LocalDate asOf) {
		return client.query("""
				MATCH (m:Municipality {code: $code})
				MERGE (m)<-[:OF]-(p:ResidentPopulation {areaCode: $code, asOf: $asOf})
				  ON CREATE SET p.createdAt = datetime()
				SET p.count = $population, p.updatedAt = datetime()
				RETURN m.code AS code""")
			.bindAll(Map.of("code", code, "population", population, "asOf", asOf))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("code").asString())
			.one();
	}
}
