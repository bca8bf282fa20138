package jp.tsunagu.gaps;

import static jp.tsunagu.graph.CypherParameters.blankToNull;
import static jp.tsunagu.graph.CypherParameters.nameOf;
import static jp.tsunagu.graph.CypherParameters.of;

import java.util.Map;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.PagedQuery;
import jp.tsunagu.network.Network;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.organization.OrganizationKind;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Who is outside the networks: organisations in no network, networks with nobody from a field. */
@Repository
class UnaffiliatedQueries {

	/**
	 * Membership of a sub-committee (部会) counts: it is a network too. A facility belongs to the networks of the
	 * corporation that operates it. A network only planned or ended has no members that count.
	 */
	private static final PagedQuery WITHOUT_NETWORK = new PagedQuery(CypherTemplate.compose("""
			MATCH (o:Organization)
			WHERE NOT coalesce(o.archived, false)
			  AND ($kind IS NULL OR o.kind = $kind)
			  AND EXISTS { (o)-[:LOCATED_IN]->(:Area){{within}}(:Area {code: $area}) }
			  AND NOT EXISTS {
			        MATCH (o)<-[:OPERATES*0..1]-(member:Organization)-[:MEMBER_OF]->(n:Network)
			        WHERE NOT coalesce(n.archived, false) AND coalesce(n.status, 'ACTIVE') = 'ACTIVE'
			          AND NOT coalesce(member.archived, false) }
			""", Map.of("within", Areas.WITHIN)), "o", "name");

	private static final PagedQuery WITHOUT_FIELD = new PagedQuery(CypherTemplate.compose("""
			MATCH (n:Network)
			WHERE NOT coalesce(n.archived, false)
			  AND EXISTS { (:Field {code: $field}) }
			  AND ($area IS NULL OR EXISTS {
			        MATCH (n)-[:COVERS]->(covered:Area), (given:Area {code: $area})
			        WHERE EXISTS { (covered){{within}}(given) } OR EXISTS { (given)-[:PART_OF*1..3]->(covered) } })
			  AND NOT EXISTS {
			        MATCH (n)<-[:MEMBER_OF]-(o:Organization)-[:IN_FIELD]->(:Field {code: $field})
			        WHERE NOT coalesce(o.archived, false) }
			""", Map.of("within", Areas.WITHIN)), "n", "name");

	private static final String AREA_EXISTS = "RETURN EXISTS { (:Area {code: $code}) } AS found";

	private static final String FIELD_EXISTS = "RETURN EXISTS { (:Field {code: $code}) } AS found";

	private final ReactiveNeo4jClient client;

	UnaffiliatedQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** An unknown area matches no organisation; only then is it looked up, to tell the caller so. */
	Mono<Connection<Organization>> organizationsWithoutNetwork(String area, OrganizationKind kind, PageRequest page) {
		String areaCode = blankToNull(area);
		if (areaCode == null) {
			throw new InvalidArgumentException("area", "must be an area code, was blank");
		}
		return WITHOUT_NETWORK
			.fetch(client, of("area", areaCode, "kind", nameOf(kind)), page, value -> Organization.from(value.asNode()),
					Organization::name, Organization::id)
			.flatMap(connection -> areaKnown(connection, areaCode));
	}

	/**
	 * An unknown field or area matches no network; only then are they looked up, to tell the caller which. A blank
	 * area means every network.
	 */
	Mono<Connection<Network>> networksWithoutField(String field, String area, PageRequest page) {
		String areaCode = blankToNull(area);
		return WITHOUT_FIELD
			.fetch(client, of("field", field, "area", areaCode), page, value -> Network.from(value.asNode()),
					Network::name, Network::id)
			.flatMap(connection -> fieldKnown(connection, field))
			.flatMap(connection -> areaCode == null ? Mono.just(connection)
					: areaKnown(connection, areaCode));
	}

	private <T> Mono<Connection<T>> areaKnown(Connection<T> connection, String areaCode) {
		return Areas.require(unlessUnknown(connection, AREA_EXISTS, areaCode), "area", areaCode);
	}

	private <T> Mono<Connection<T>> fieldKnown(Connection<T> connection, String field) {
		return unlessUnknown(connection, FIELD_EXISTS, field)
			.switchIfEmpty(Mono.error(() -> new InvalidArgumentException("field", "no field with code " + field)));
	}

	/** An empty answer may mean the code names nothing: then it is empty, for the caller to refuse the argument. */
	private <T> Mono<Connection<T>> unlessUnknown(Connection<T> connection, String existsQuery, String code) {
		if (connection.totalCount() > 0) {
			return Mono.just(connection);
		}
		return client.query(existsQuery)
			.bind(code)
			.to("code")
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("found").asBoolean())
			.one()
			.filter(found -> found)
			.map(found -> connection);
	}
}
