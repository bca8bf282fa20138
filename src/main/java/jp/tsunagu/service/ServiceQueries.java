package jp.tsunagu.service;

import static jp.tsunagu.graph.CypherParameters.blankToNull;
import static jp.tsunagu.graph.CypherParameters.of;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.BatchLoader;
import jp.tsunagu.graph.ChildList;
import jp.tsunagu.graph.ChildLists;
import jp.tsunagu.graph.ChildPages;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.FilteredMatch;
import jp.tsunagu.graph.NodesById;
import jp.tsunagu.graph.PagedQuery;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.service.ServiceInputs.CreateServiceInput;
import jp.tsunagu.service.ServiceInputs.ServiceFilter;
import jp.tsunagu.service.ServiceInputs.UpdateServiceInput;
import jp.tsunagu.taxonomy.Need;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every Cypher statement of the service feature. */
@Repository
public class ServiceQueries implements ChildList.Declarations {

	static final ChildList<Organization, Service> PROVIDED = ChildList
		.<Organization, Service>many("Organization", "services", "Organization", """
				MATCH ({{parent}})-[:PROVIDES]->({{child}}:Service)
				WHERE NOT coalesce({{child}}.archived, false)""", "{{child}}.name, {{child}}.id",
				(provider, row) -> Service.from(row.get("node").asNode()))
		.nesting("", "Service", service -> service);

	static final ChildList<Service, Organization> PROVIDER = ChildList.one("Service", "provider", "Service",
			"MATCH ({{parent}})<-[:PROVIDES]-({{child}}:Organization)",
			(service, row) -> Organization.from(row.get("node").asNode()));

	static final ChildList<Service, Need> NEEDS = ChildList.many("Service", "needs", "Service",
			"MATCH ({{parent}})-[:ADDRESSES]->({{child}}:Need)", "{{child}}.code",
			(service, row) -> Need.from(row.get("node").asNode()));

	static final ChildList<Service, Area> AVAILABLE_IN = ChildList.many("Service", "availableIn", "Service",
			"MATCH ({{parent}})-[:AVAILABLE_IN]->({{child}}:Area)", "{{child}}.code",
			(service, row) -> Area.from(row.get("node").asNode()));

	private static final String NOT_ARCHIVED = "NOT coalesce(s.archived, false)";

	private static final String BY_PROVIDER = "EXISTS { (:Organization {id: $providerId})-[:PROVIDES]->(s) }";

	private static final String FROM_PROVIDER = """
			MATCH (:Organization {id: $providerId})-[:PROVIDES]->(s:Service)
			WITH DISTINCT s""";

	private static final String BY_TEXT = "(toLower(s.name) CONTAINS $text OR toLower(s.description) CONTAINS $text)";

	private static final String BY_NEED = "EXISTS { (s)-[:ADDRESSES]->(:Need)-[:BROADER*0..3]->(:Need {code: $need}) }";

	private static final String FROM_NEED = """
			MATCH (:Need {code: $need})<-[:BROADER*0..3]-(:Need)<-[:ADDRESSES]-(s:Service)
			WITH DISTINCT s""";

	/**
	 * A service serves its jurisdiction and everything within it: one available in a prefecture or a 圏域 serves their
	 * municipalities. A service available in a district serves a part of its municipality, so that counts too
	 * ({@link Areas#JURISDICTIONS_OVERLAPPING}).
	 */
	private static final String BY_AREA = CypherTemplate.compose("""
			EXISTS {
			  MATCH (s)-[:AVAILABLE_IN]->(jurisdiction:Area), (area:Area {code: $area})
			  WHERE {{overlaps}} }""", Map.of("overlaps", Areas.overlaps("jurisdiction", "area")));

	private static final String FROM_AREA = CypherTemplate.compose("""
			MATCH (area:Area {code: $area})
			{{jurisdictions}}
			MATCH (jurisdiction)<-[:AVAILABLE_IN]-(s:Service)
			WITH DISTINCT s""", Map.of("jurisdictions", Areas.JURISDICTIONS_OVERLAPPING));

	private final ReactiveNeo4jClient client;

	private final NodesById nodes;

	private final BatchLoader batches;

	ServiceQueries(ReactiveNeo4jClient client, BatchLoader batches, NodesById nodes) {
		this.client = client;
		this.batches = batches;
		this.nodes = nodes;
	}

	public Mono<Service> byId(String id) {
		return nodes.one("Service", id, Service::from);
	}

	/** Services by id, in one statement; for other features' batch loaders. */
	public Flux<Service> byIds(Collection<String> ids) {
		return nodes.many("Service", ids, Service::from);
	}

	/** Starts from the provider, else the area, else the need: the most selective filter given. */
	@Override
	public List<ChildList<?, ?>> childLists() {
		return List.of(PROVIDED, PROVIDER, NEEDS, AVAILABLE_IN);
	}

	Mono<Connection<Service>> list(ServiceFilter filter, PageRequest page, ChildLists.Selected children) {
		ServiceFilter f = filter == null ? ServiceFilter.NONE : filter;
		String text = blankToNull(f.text());
		FilteredMatch match = new FilteredMatch("s", "MATCH (s:Service)")
			.filter("providerId", blankToNull(f.providerId()), BY_PROVIDER, FROM_PROVIDER)
			.filter("area", blankToNull(f.area()), BY_AREA, FROM_AREA)
			.filter("need", blankToNull(f.need()), BY_NEED, FROM_NEED)
			.filter("text", text == null ? null : text.toLowerCase(Locale.ROOT), BY_TEXT);
		if (!Boolean.TRUE.equals(f.includeArchived())) {
			match.where(NOT_ARCHIVED);
		}
		return new PagedQuery(match.match(), "s", "name").fetch(client, match.parameters(), page, children,
				Service::from, Service::name, Service::id);
	}

	/** The live services of the institutions a partner system works through (its agency types and kinds). */
	static final ChildPages FED_BY = new ChildPages("""
			MATCH (ps:PartnerSystem {code: parentKey})
			MATCH (o:Organization)-[:PROVIDES]->(s:Service)
			WHERE (o.agencyType IN coalesce(ps.agencyTypes, []) OR o.kind IN coalesce(ps.organizationKinds, []))
			  AND NOT coalesce(o.archived, false) AND NOT coalesce(s.archived, false)
			  AND coalesce(s.status, 'ACTIVE') = 'ACTIVE'""", "s", "name");

	/** A page of the services of each partner system, keyed by system code. */
	Mono<Map<ChildPages.Key, Connection<Service>>> fedBy(Set<ChildPages.Key> pages) {
		return FED_BY.fetch(client, pages, value -> Service.from(value.asNode()), Service::name, Service::id);
	}

	Mono<Map<Service, Organization>> providers(List<Service> services) {
		return batches.loadOne(services, Service::id, PROVIDER);
	}

	Mono<Map<Service, List<Need>>> needs(List<Service> services) {
		return batches.load(services, Service::id, NEEDS);
	}

	Mono<Map<Service, List<Area>>> availableIn(List<Service> services) {
		return batches.load(services, Service::id, AVAILABLE_IN);
	}

	Mono<Map<Organization, List<Service>>> providedBy(List<Organization> providers) {
		return batches.load(providers, Organization::id, PROVIDED);
	}

	/**
	 * Whether the provider (given directly, or as the provider of service exceptId) already has another
	 * live service with this name.
	 */
	Mono<Boolean> nameTaken(String providerId, String name, String exceptId) {
		return client.query("""
				MATCH (o:Organization)-[:PROVIDES]->(other:Service {name: $name})
				WHERE (o.id = $providerId OR EXISTS { (o)-[:PROVIDES]->(:Service {id: $exceptId}) })
				  AND other.id <> coalesce($exceptId, '') AND NOT coalesce(other.archived, false)
				RETURN count(other) > 0 AS taken""")
			.bindAll(of("providerId", providerId, "name", name, "exceptId", exceptId))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("taken").asBoolean())
			.one();
	}

	Mono<Service> create(CreateServiceInput input) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("name", input.name().strip());
		properties.put("description", blankToNull(input.description()));
		properties.put("eligibility", blankToNull(input.eligibility()));
		properties.put("capacity", blankToNull(input.capacity()));
		properties.put("schedule", blankToNull(input.schedule()));
		return client.query("""
				MATCH (o:Organization {id: $providerId})
				CREATE (o)-[:PROVIDES]->(s:Service)
				SET s = $properties, s.id = randomUUID(), s.generated = false, s.archived = false,
				    s.createdAt = datetime(), s.updatedAt = datetime()
				WITH s
				CALL (s) { UNWIND $needs AS code MATCH (n:Need {code: code}) MERGE (s)-[:ADDRESSES]->(n) }
				CALL (s) { UNWIND $areas AS code MATCH (a:Area {code: code}) MERGE (s)-[:AVAILABLE_IN]->(a) }
				RETURN s""")
			.bindAll(of("providerId", input.providerId(), "properties", properties, "needs", input.needCodes(),
					"areas", input.availableInCodes()))
			.fetchAs(Service.class)
			.mappedBy((types, record) -> Service.from(record.get("s").asNode()))
			.one();
	}

	/** Text fields left null stay; an empty one removes the property (Cypher drops null properties). */
	Mono<Service> update(UpdateServiceInput input) {
		Map<String, Object> changes = new HashMap<>();
		if (input.name() != null) {
			changes.put("name", input.name().strip());
		}
		putChange(changes, "description", input.description());
		putChange(changes, "eligibility", input.eligibility());
		putChange(changes, "capacity", input.capacity());
		putChange(changes, "schedule", input.schedule());
		return client.query("""
				MATCH (s:Service {id: $id})
				SET s += $changes, s.updatedAt = datetime()
				WITH s
				CALL (s) {
				  WITH s WHERE $needs IS NOT NULL
				  OPTIONAL MATCH (s)-[old:ADDRESSES]->() DELETE old
				  WITH DISTINCT s UNWIND $needs AS code MATCH (n:Need {code: code}) MERGE (s)-[:ADDRESSES]->(n)
				}
				CALL (s) {
				  WITH s WHERE $areas IS NOT NULL
				  OPTIONAL MATCH (s)-[old:AVAILABLE_IN]->() DELETE old
				  WITH DISTINCT s UNWIND $areas AS code MATCH (a:Area {code: code}) MERGE (s)-[:AVAILABLE_IN]->(a)
				}
				RETURN s""")
			.bindAll(of("id", input.id(), "changes", changes, "needs", input.needCodes(), "areas",
					input.availableInCodes()))
			.fetchAs(Service.class)
			.mappedBy((types, record) -> Service.from(record.get("s").asNode()))
			.one();
	}

	Mono<Service> archive(String id) {
		return nodes.archive("Service", id, Service::from);
	}

	private static void putChange(Map<String, Object> changes, String key, String value) {
		if (value != null) {
			changes.put(key, blankToNull(value));
		}
	}
}
