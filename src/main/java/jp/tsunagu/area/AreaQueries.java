package jp.tsunagu.area;

import static jp.tsunagu.graph.CypherParameters.blankToNull;
import static jp.tsunagu.graph.CypherParameters.nameOf;
import static jp.tsunagu.graph.CypherParameters.of;
import static jp.tsunagu.graph.CypherParameters.putIfPresent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.AreaInputs.AreaFilter;
import jp.tsunagu.area.AreaInputs.CreateDistrictInput;
import jp.tsunagu.area.AreaInputs.CreateRegionInput;
import jp.tsunagu.area.AreaInputs.UpdateDistrictInput;
import jp.tsunagu.graph.BatchLoader;
import jp.tsunagu.graph.PagedQuery;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class AreaQueries {

	static final PagedQuery LIST = new PagedQuery("""
			MATCH (a:Area)
			WHERE ($label IS NULL OR $label IN labels(a))
			  AND ($within IS NULL OR EXISTS { (a)-[:PART_OF]->(:Area {code: $within}) })
			  AND ($text IS NULL OR a.name CONTAINS $text OR a.nameKana CONTAINS $text)
			""", "a", "code");

	private final ReactiveNeo4jClient client;

	private final BatchLoader batches;

	AreaQueries(ReactiveNeo4jClient client, BatchLoader batches) {
		this.client = client;
		this.batches = batches;
	}

	public Mono<Area> byCode(String code) {
		return client.query("MATCH (a:Area {code: $code}) RETURN a")
			.bind(code)
			.to("code")
			.fetchAs(Area.class)
			.mappedBy((types, record) -> Area.from(record.get("a").asNode()))
			.one();
	}

	Mono<Connection<Area>> list(AreaFilter filter, PageRequest page) {
		AreaFilter f = filter == null ? AreaFilter.NONE : filter;
		return LIST.fetch(client,
				of("label", f.kind() == null ? null : f.kind().nodeLabel(), "within", blankToNull(f.within()), "text",
						blankToNull(f.text())),
				page, value -> Area.from(value.asNode()), Area::code, Area::id);
	}

	Mono<Map<Area, Area>> parents(List<Area> areas) {
		return batches.loadOne(areas, Area::id, """
				UNWIND $ids AS id MATCH (:Area {id: id})-[:PART_OF]->(p:Area)
				RETURN id, p""", (area, record) -> Area.from(record.get("p").asNode()));
	}

	/** Those of the codes that name no municipality of the prefecture. */
	Mono<List<String>> notMunicipalitiesOf(String prefectureCode, List<String> codes) {
		return client.query("""
				RETURN [code IN $codes WHERE NOT EXISTS {
				  (:Municipality {code: code})-[:PART_OF]->(:Prefecture {code: $prefecture}) }] AS outside""")
			.bindAll(of("codes", codes, "prefecture", prefectureCode))
			.fetchAs(List.class)
			.mappedBy((types, record) -> record.get("outside").asList(org.neo4j.driver.Value::asString))
			.one()
			.map(outside -> {
				@SuppressWarnings("unchecked")
				List<String> list = (List<String>) outside;
				return list;
			});
	}

	Mono<Area> createRegion(CreateRegionInput input, String code) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("code", code);
		properties.put("name", input.name().strip());
		properties.put("nameKana", input.nameKana());
		return client.query("""
				MATCH (prefecture:Prefecture {code: $prefecture})
				CREATE (r:Area:Region)
				SET r = $properties, r.id = randomUUID(), r.createdAt = datetime(), r.updatedAt = datetime()
				CREATE (r)-[:PART_OF]->(prefecture)
				WITH r
				CALL (r) {
				  UNWIND $municipalities AS municipality
				  MATCH (m:Municipality {code: municipality})
				  MERGE (m)-[:IN_REGION]->(r)
				}
				RETURN r""")
			.bindAll(of("prefecture", input.prefectureCode(), "properties", properties, "municipalities",
					input.municipalityCodes()))
			.fetchAs(Area.class)
			.mappedBy((types, record) -> Area.from(record.get("r").asNode()))
			.one();
	}

	Mono<Area> createDistrict(CreateDistrictInput input, String code) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("code", code);
		properties.put("name", input.name().strip());
		properties.put("nameKana", input.nameKana());
		properties.put("districtKind", nameOf(input.districtKind()));
		properties.put("population", input.population());
		return client.query("""
				MATCH (parent:Area {code: $parent})
				CREATE (d:Area:District)
				SET d = $properties, d.id = randomUUID(), d.createdAt = datetime(), d.updatedAt = datetime()
				CREATE (d)-[:PART_OF]->(parent)
				RETURN d""")
			.bindAll(of("parent", input.parentCode(), "properties", properties))
			.fetchAs(Area.class)
			.mappedBy((types, record) -> Area.from(record.get("d").asNode()))
			.one();
	}

	Mono<Area> updateDistrict(UpdateDistrictInput input) {
		Map<String, Object> changes = new HashMap<>();
		putIfPresent(changes, "name", input.name() == null ? null : input.name().strip());
		putIfPresent(changes, "nameKana", input.nameKana());
		putIfPresent(changes, "districtKind", input.districtKind());
		putIfPresent(changes, "population", input.population());
		return client.query("""
				MATCH (d:District {code: $code})
				SET d += $changes, d.updatedAt = datetime()
				RETURN d""")
			.bindAll(of("code", input.code(), "changes", changes))
			.fetchAs(Area.class)
			.mappedBy((types, record) -> Area.from(record.get("d").asNode()))
			.one();
	}
}
