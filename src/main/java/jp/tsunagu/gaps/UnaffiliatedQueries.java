package jp.tsunagu.gaps;

import static jp.tsunagu.graph.CypherParameters.blankToNull;
import static jp.tsunagu.graph.CypherParameters.nameOf;
import static jp.tsunagu.graph.CypherParameters.of;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
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
	private static final PagedQuery WITHOUT_NETWORK = new PagedQuery("""
			MATCH (o:Organization)
			WHERE NOT coalesce(o.archived, false)
			  AND ($kind IS NULL OR o.kind = $kind)
			  AND EXISTS { (o)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..3]->(:Area {code: $area}) }
			  AND NOT EXISTS {
			        MATCH (o)<-[:OPERATES*0..1]-(member:Organization)-[:MEMBER_OF]->(n:Network)
			        WHERE NOT coalesce(n.archived, false) AND coalesce(n.status, 'ACTIVE') = 'ACTIVE'
			          AND NOT coalesce(member.archived, false) }
			""", "o", "name");

	private static final PagedQuery WITHOUT_FIELD = new PagedQuery("""
			MATCH (n:Network)
			WHERE NOT coalesce(n.archived, false)
			  AND EXISTS { (:Field {code: $field}) }
			  AND ($area IS NULL OR EXISTS {
			        MATCH (n)-[:COVERS]->(covered:Area), (given:Area {code: $area})
			        WHERE EXISTS { (covered)-[:PART_OF*0..3]->(given) } OR EXISTS { (given)-[:PART_OF*1..3]->(covered) } })
			  AND NOT EXISTS {
			        MATCH (n)<-[:MEMBER_OF]-(o:Organization)-[:IN_FIELD]->(:Field {code: $field})
			        WHERE NOT coalesce(o.archived, false) }
			""", "n", "name");

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
			.flatMap(connection -> refusedIfUnknown(connection, AREA_EXISTS, areaCode, "area"));
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
			.flatMap(connection -> refusedIfUnknown(connection, FIELD_EXISTS, field, "field"))
			.flatMap(connection -> areaCode == null ? Mono.just(connection)
					: refusedIfUnknown(connection, AREA_EXISTS, areaCode, "area"));
	}

	/** An empty answer may mean the code names nothing: then the argument is refused, naming it. */
	private <T> Mono<Connection<T>> refusedIfUnknown(Connection<T> connection, String existsQuery, String code,
			String argument) {
		if (connection.totalCount() > 0) {
			return Mono.just(connection);
		}
		return client.query(existsQuery)
			.bind(code)
			.to("code")
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("found").asBoolean())
			.one()
			.map(exists -> {
				if (!exists) {
					throw new InvalidArgumentException(argument, "no " + argument + " with code " + code);
				}
				return connection;
			});
	}
}
