package jp.tsunagu.gaps;

import static jp.tsunagu.graph.CypherParameters.of;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.AreaKind;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.NodeValues;
import jp.tsunagu.household.JapanDate;
import jp.tsunagu.taxonomy.Commission;
import jp.tsunagu.taxonomy.SupportFunction;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The 重層 coverage matrix of a municipality, in one statement. Archived commissions and organisations do not count;
 * a municipality records a function it does not run (未実施) as {@code (m)-[:NOT_RUNNING]->(f)}.
 */
@Repository
class CoverageQueries {

	private static final String MATRIX = """
			MATCH (m:Area {code: $municipality})
			OPTIONAL CALL (m) {
			  WITH m WHERE m:Municipality
			  MATCH (f:SupportFunction)
			  RETURN collect({function: f, parent: [(f)-[:PART_OF]->(p:SupportFunction) | p.code][0],
    notRunning: EXISTS { (m)-[:NOT_RUNNING]->(f) }, commissions: COLLECT {
			    MATCH (o:Organization)<-[:COMMISSIONED_ORG]-(c:Commission)-[:FOR_FUNCTION]->(f), (c)-[:IN_MUNICIPALITY]->(m)
			    WHERE NOT coalesce(c.archived, false) AND NOT coalesce(o.archived, false)
			    RETURN {c: c, organizationId: o.id} ORDER BY c.since, o.name, c.id
			  }}) AS functions
			}
			RETURN m, functions""";

	private final ReactiveNeo4jClient client;

	CoverageQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<CoverageMatrix> matrix(String municipalityCode) {
		return client.query(MATRIX)
			.bindAll(of("municipality", municipalityCode))
			.fetchAs(CoverageMatrix.class)
			.mappedBy((types, record) -> {
				Area municipality = Area.from(record.get("m").asNode());
				return new CoverageMatrix(municipality, record.get("functions").isNull() ? List.of()
						: build(record.get("functions").asList(row -> row), municipality.code()));
			})
			.one()
			.as(found -> Areas.require(found, "municipality", municipalityCode))
			.map(matrix -> {
				if (matrix.municipality().kind() != AreaKind.MUNICIPALITY) {
					throw new InvalidArgumentException("municipality",
							"must be a municipality (市区町村), which commissions 重層 functions, not a "
									+ matrix.municipality().kindLabelJa());
				}
				return matrix;
			});
	}

	private static List<FunctionCoverage> build(List<Value> rows, String municipalityCode) {
		Comparator<Value> byNumberThenCode = Comparator.<Value>comparingInt(row -> row.get("function").get("number").asInt())
			.thenComparing(row -> row.get("function").get("code").asString());
		Map<String, List<Value>> subAreasByParent = rows.stream()
			.filter(row -> !row.get("parent").isNull())
			.sorted(byNumberThenCode)
			.collect(Collectors.groupingBy(row -> row.get("parent").asString(), Collectors.toList()));
		List<FunctionCoverage> functions = new ArrayList<>();
		LocalDate today = JapanDate.today();
		rows.stream().filter(row -> row.get("parent").isNull()).sorted(byNumberThenCode).forEach(row -> {
			SupportFunction function = function(row);
			List<Commission> own = commissions(row, function.code(), municipalityCode);
			List<Value> subRows = subAreasByParent.getOrDefault(function.code(), List.of());
			if (subRows.isEmpty()) {
				functions.add(FunctionCoverage.cell(function, own, Optional.empty(), row.get("notRunning").asBoolean(), today));
				return;
			}
			Optional<Commission> whole = own.stream().filter(commission -> commission.runsOn(today)).findFirst();
			List<FunctionCoverage> subAreas = subRows.stream().map(sub -> {
				SupportFunction subArea = function(sub);
				return FunctionCoverage.cell(subArea, commissions(sub, subArea.code(), municipalityCode), whole,
						sub.get("notRunning").asBoolean(), today);
			}).toList();
			functions.add(FunctionCoverage.withSubAreas(function, own, subAreas, today));
		});
		FunctionCoverage multiAgency = find(functions, FunctionCoverage.MULTI_AGENCY);
		FunctionCoverage supportPlans = find(functions, FunctionCoverage.SUPPORT_PLANS);
		if (multiAgency != null && supportPlans != null) {
			functions.set(functions.indexOf(supportPlans), supportPlans.runWith(multiAgency));
		}
		return functions;
	}

	private static FunctionCoverage find(List<FunctionCoverage> functions, String code) {
		return functions.stream().filter(coverage -> coverage.function().code().equals(code)).findFirst().orElse(null);
	}

	private static SupportFunction function(Value row) {
		Value node = row.get("function");
		return new SupportFunction(NodeValues.string(node, "code"), NodeValues.integer(node, "number"),
				NodeValues.string(node, "labelJa"), NodeValues.string(node, "labelEn"),
				NodeValues.string(node, "description"));
	}

	private static List<Commission> commissions(Value row, String functionCode, String municipalityCode) {
		return row.get("commissions")
			.asList(entry -> Commission.from(entry.get("c"), entry.get("organizationId").asString(), functionCode,
					municipalityCode));
	}
}
