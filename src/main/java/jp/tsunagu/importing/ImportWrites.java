package jp.tsunagu.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.directory.MainContact;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.notification.EventKind;
import jp.tsunagu.notification.OutboxEvent;
import jp.tsunagu.notification.OutboxWrites;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * The confirmed import's writes: one transaction per batch, statements of {@link #STATEMENT_ROWS} rows inside it,
 * so a batch goes in whole or not at all. Empty cells never erase what the hub holds.
 */
@Repository
class ImportWrites {

	static final int STATEMENT_ROWS = 1000;

	/** An organisation's address and phone go to its directory entry ({@link MainContact}). */
	private static final String ORGANIZATIONS = CypherTemplate.compose("""
			UNWIND $rows AS row
			CALL (row) {
			  WITH row WHERE row.existingId IS NULL
			  CREATE (o:Organization {id: row.id})
			  SET o:$(row.label), o.createdAt = datetime(), o.generated = false, o.archived = false
			  RETURN o
			  UNION
			  WITH row WHERE row.existingId IS NOT NULL
			  MATCH (o:Organization {id: row.existingId})
			  RETURN o
			}
			SET o.name = row.name, o.nameKana = coalesce(row.nameKana, o.nameKana),
			    o.corporateNumber = coalesce(row.corporateNumber, o.corporateNumber),
			    o.description = coalesce(row.description, o.description),
			    o.facilityField = coalesce(row.facilityField, o.facilityField),
			    o.importKey = coalesce(o.importKey, row.importKey), o.updatedAt = datetime()
			WITH o, row
			CALL (o, row) {
			  WITH o, row WHERE NOT EXISTS { (o)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..3]->(:Area {code: row.municipalityCode}) }
			  OPTIONAL MATCH (o)-[old:LOCATED_IN]->()
			  DELETE old
			  WITH DISTINCT o, row
			  MATCH (m:Area {code: row.municipalityCode})
			  CREATE (o)-[:LOCATED_IN]->(m)
			}
			WITH o, row, row.address AS line
			{{setAddress}}
			WITH o, row, row.phone AS number
			{{setPhone}}""", Map.of("setAddress", MainContact.SET_ADDRESS, "setPhone", MainContact.SET_PHONE));

	private static final String OPERATORS = """
			UNWIND $rows AS row
			WITH row WHERE row.operatorCorporateNumber IS NOT NULL
			MATCH (f:Organization {id: coalesce(row.existingId, row.id)})
			MATCH (c:Organization {corporateNumber: row.operatorCorporateNumber})
			MERGE (c)-[:OPERATES]->(f)""";

	private static final String PEOPLE = """
			UNWIND $rows AS row
			CALL (row) {
			  WITH row WHERE row.existingId IS NULL
			  CREATE (p:Person:CommissionedVolunteer {id: row.id})
			  SET p.createdAt = datetime(), p.generated = false, p.archived = false
			  RETURN p
			  UNION
			  WITH row WHERE row.existingId IS NOT NULL
			  MATCH (p:Person {id: row.existingId})
			  RETURN p
			}
			SET p.name = row.name, p.chiefChildCommissioner = row.chiefChildCommissioner, p.updatedAt = datetime()
			WITH p, row
			MATCH (d:Area {code: row.districtCode})
			MERGE (p)-[a:ASSIGNED_TO]->(d)
			SET a.since = coalesce(row.since, a.since)
			WITH p, row
			CALL (p, row) {
			  WITH p, row WHERE row.councilId IS NOT NULL
			  MATCH (g:Organization {id: row.councilId})
			  MERGE (p)-[:BELONGS_TO]->(g)
			}""";

	private static final String MEMBERSHIPS = """
			UNWIND $rows AS row
			MERGE (n:Network {id: row.networkId})
			ON CREATE SET n.name = row.network, n.networkKind = row.networkKind, n.createdAt = datetime(),
			              n.updatedAt = datetime(), n.generated = false, n.archived = false
			WITH n, row
			MATCH (a:Area {code: row.areaCode})
			MERGE (n)-[:COVERS]->(a)
			WITH n, row
			MATCH (o:Organization {id: row.memberId})
			MERGE (o)-[m:MEMBER_OF]->(n)
			SET m.role = row.role, m.since = coalesce(row.since, m.since)""";

	private static final String SERVICES = """
			UNWIND $rows AS row
			CALL (row) {
			  WITH row WHERE row.existingId IS NULL
			  CREATE (s:Service {id: row.id})
			  SET s.createdAt = datetime(), s.generated = false, s.archived = false
			  RETURN s
			  UNION
			  WITH row WHERE row.existingId IS NOT NULL
			  MATCH (s:Service {id: row.existingId})
			  RETURN s
			}
			SET s.name = row.name, s.eligibility = coalesce(row.eligibility, s.eligibility),
			    s.description = coalesce(row.description, s.description), s.updatedAt = datetime()
			WITH s, row
			MATCH (o:Organization {id: row.providerId})
			MERGE (o)-[:PROVIDES]->(s)
			WITH s, row
			CALL (s, row) { UNWIND row.needs AS code MATCH (n:Need {code: code}) MERGE (s)-[:ADDRESSES]->(n) }
			CALL (s, row) { MATCH (a:Area {code: row.areaCode}) MERGE (s)-[:AVAILABLE_IN]->(a) }""";

	/** The members and covered areas of the networks a batch of memberships touched: who hears of the change. */
	private static final String CONCERNED = """
			UNWIND $networkIds AS networkId
			MATCH (n:Network {id: networkId})
			RETURN n.id AS networkId, [(o:Organization)-[:MEMBER_OF]->(n) | o.id] AS organizationIds,
			       [(n)-[:COVERS]->(a:Area) | a.code] AS areaCodes""";

	private final Driver driver;

	private final OutboxWrites outbox;

	ImportWrites(Driver driver, OutboxWrites outbox) {
		this.driver = driver;
		this.outbox = outbox;
	}

	/** Writes one batch in one transaction, calling {@code written} after each statement with its row count. */
	void write(ImportKind kind, List<Map<String, Object>> batch, java.util.function.IntConsumer written) {
		try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
			for (int from = 0; from < batch.size(); from += STATEMENT_ROWS) {
				List<Map<String, Object>> rows = batch.subList(from, Math.min(batch.size(), from + STATEMENT_ROWS));
				tx.run(statement(kind), Map.of("rows", rows)).consume();
				written.accept(rows.size());
			}
			if (kind == ImportKind.NETWORKS) {
				announce(tx, batch);
			}
			if (kind == ImportKind.ORGANIZATIONS) {
				for (int from = 0; from < batch.size(); from += STATEMENT_ROWS) {
					tx.run(OPERATORS, Map.of("rows", batch.subList(from, Math.min(batch.size(), from + STATEMENT_ROWS))))
						.consume();
				}
			}
			tx.commit();
		}
	}

	/**
	 * NETWORK_CHANGED for each network of the batch, in the batch's transaction, as a change by hand raises it: to
	 * the network's members and the areas it covers, naming the members imported.
	 */
	private void announce(Transaction tx, List<Map<String, Object>> batch) {
		Map<String, List<String>> imported = new LinkedHashMap<>();
		batch.forEach(row -> imported.computeIfAbsent((String) row.get("networkId"), id -> new ArrayList<>())
			.add((String) row.get("memberId")));
		tx.run(CONCERNED, Map.of("networkIds", List.copyOf(imported.keySet())))
			.list()
			.forEach(network -> outbox.append(tx, new OutboxEvent(EventKind.NETWORK_CHANGED,
					network.get("organizationIds").asList(Value::asString), network.get("areaCodes").asList(Value::asString),
					null, Map.of("networkId", network.get("networkId").asString(), "change", "MEMBERS_IMPORTED",
							"memberIds", imported.get(network.get("networkId").asString())))));
	}

	private static String statement(ImportKind kind) {
		return switch (kind) {
			case ORGANIZATIONS -> ORGANIZATIONS;
			case PEOPLE -> PEOPLE;
			case NETWORKS -> MEMBERSHIPS;
			case SERVICES -> SERVICES;
			case HOUSEHOLDS, HSDS -> throw new IllegalArgumentException("households are written by their record holder's HouseholdImport");
		};
	}
}
