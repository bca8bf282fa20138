package jp.tsunagu.casework;

import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.NewestFirstQuery;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdScope;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import static jp.tsunagu.graph.CypherParameters.of;

/** Reads of the contact log; every one goes through {@link HouseholdScope#VISIBLE}. */
@Repository
class ContactQueries {

	/** A contact {@code c} as one map: the node, its household's id, who made it and every version. */
	static final String CONTACT_ROW = """
			{c: c, householdId: [(c)-[:ABOUT]->(about:Household) | about.id][0],
			 organization: [(c)-[:MADE_BY]->(o:Organization) | o][0], person: [(c)-[:MADE_BY]->(p:Person) | p][0],
			 history: [(c)-[:HAS_VERSION]->(v:ContactVersion) | v]}""";

	private static final NewestFirstQuery LOG = new NewestFirstQuery(CypherTemplate.compose("""
			MATCH (h:Household {id: $householdId}) WHERE {{visible}}
			MATCH (c:Contact)-[:ABOUT]->(h)
			""", Map.of("visible", HouseholdScope.VISIBLE)), "c", "at");

	private final ReactiveNeo4jClient client;

	ContactQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** Whether the caller may see the household: its log is then read (and audited) even when it is empty. */
	Mono<Boolean> visible(HouseholdAccess access, String householdId) {
		return client.query("RETURN EXISTS { MATCH (h:Household {id: $householdId}) WHERE " + HouseholdScope.VISIBLE
				+ " } AS visible")
			.bindAll(of("householdId", householdId, "viewer", access.viewer()))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("visible").asBoolean())
			.one();
	}

	Mono<Connection<Contact>> log(HouseholdAccess access, String householdId, PageRequest page) {
		return LOG
			.fetch(client, of("householdId", householdId, "viewer", access.viewer()), page,
					value -> new Listed(value.asNode().get("id").asString(),
							value.asNode().get("at").asZonedDateTime().toOffsetDateTime().toString()),
					Listed::at, Listed::id)
			.flatMap(listed -> byIds(listed.nodes().stream().map(Listed::id).toList())
				.map(contacts -> listed.map(entry -> contacts.get(entry.id()))));
	}

	private record Listed(String id, String at) {
	}

	/** The contact as its recorder may change it, if the caller may see its household. */
	Mono<ContactState> state(HouseholdAccess access, String contactId) {
		return client.query("MATCH (c:Contact {id: $id})-[:ABOUT]->(h:Household) WHERE " + HouseholdScope.VISIBLE + """

				RETURN h.id AS householdId, c.recordedByOrganizationId AS organizationId, c.version AS version,
				       c.voidedAt IS NOT NULL AS voided, coalesce(h.archived, false) AS archived""")
			.bindAll(of("id", contactId, "viewer", access.viewer()))
			.fetchAs(ContactState.class)
			.mappedBy((types, record) -> new ContactState(record.get("householdId").asString(),
					record.get("organizationId").asString(null), record.get("version").asInt(0),
					record.get("voided").asBoolean(), record.get("archived").asBoolean()))
			.one();
	}

	record ContactState(String householdId, String organizationId, int version, boolean voided, boolean archived) {
	}

	/** Whether the person supports the household (a person named as making a contact must). */
	Mono<Boolean> personSupports(String personId, String householdId) {
		return client.query("""
				RETURN EXISTS { (:Person {id: $personId})-[:SUPPORTS]->(:Household {id: $householdId}) } AS supports""")
			.bindAll(of("personId", personId, "householdId", householdId))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("supports").asBoolean())
			.one();
	}

	Mono<Map<String, Contact>> byIds(List<String> ids) {
		return client.query("UNWIND $ids AS id MATCH (c:Contact {id: id}) RETURN " + CONTACT_ROW + " AS row")
			.bind(ids)
			.to("ids")
			.fetchAs(Contact.class)
			.mappedBy((types, record) -> Contact.from(record.get("row")))
			.all()
			.collectMap(Contact::id);
	}
}
