package jp.tsunagu.generator;

/**
 * The Cypher of each step, run once per batch with {@code $rows}. Areas are MERGEd on their code and only set when
 * created, so a database's own areas (the demo's, an import's) are never overwritten. Every other entity is written
 * with everything it owns in one statement, only when its unique id is not there yet: a batch is all or nothing, so
 * an existing root means its whole subtree exists, and a rerun writes nothing twice.
 */
final class StepCypher {

	static final String PREFECTURES = """
			UNWIND $rows AS r
			MERGE (p:Area {code: r.code})
			ON CREATE SET p:Prefecture, p.id = r.id, p.name = r.name, p.nameKana = r.nameKana, p.nameEn = r.nameEn,
			  p.iso3166 = r.iso, p.latitude = r.latitude, p.longitude = r.longitude, p.population = r.population,
			  p.generated = true, p.archived = false, p.createdAt = datetime(), p.updatedAt = datetime()""";

	/** Municipalities, wards and districts: each PART_OF its parent (prefecture, city, or place). */
	static final String AREAS = """
			UNWIND $rows AS r
			MATCH (parent:Area {code: r.parent})
			MERGE (a:Area {code: r.code})
			ON CREATE SET a:$(r.label), a.id = r.id, a.name = r.name, a.nameKana = r.nameKana, a.districtKind = r.districtKind,
			  a.latitude = r.latitude, a.longitude = r.longitude, a.population = r.population,
			  a.generated = true, a.archived = false, a.createdAt = datetime(), a.updatedAt = datetime()
			MERGE (a)-[:PART_OF]->(parent)""";

	static final String ORGANIZATIONS = """
			UNWIND $rows AS r
			OPTIONAL MATCH (old:Organization {id: r.id})
			WITH r WHERE old IS NULL
			MATCH (location:Area {code: r.location})
			CREATE (o:Organization {id: r.id, name: r.name, kind: r.kind, councilLevel: r.councilLevel,
			  agencyType: r.agencyType, groupType: r.groupType, corporateNumber: r.corporateNumber,
			  description: r.description, generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
			SET o:$(r.label)
			CREATE (o)-[:LOCATED_IN]->(location)
			WITH o, r, location
			CALL (o, r) {
			  UNWIND r.serves AS code
			  MATCH (a:Area {code: code})
			  CREATE (o)-[:SERVES]->(a)
			}
			CALL (o, r) {
			  UNWIND r.fields AS code
			  MATCH (f:Field {code: code})
			  CREATE (o)-[:IN_FIELD]->(f)
			}
			CALL (o, r, location) {
			  UNWIND r.facilities AS x
			  MATCH (field:Field {code: x.fieldCode})
			  CREATE (o)-[:OPERATES]->(f:Organization:Facility {id: x.id, name: x.name, kind: 'FACILITY',
			    facilityField: x.facilityField, description: r.description, generated: true, archived: false,
			    createdAt: datetime(), updatedAt: datetime()})
			  CREATE (f)-[:LOCATED_IN]->(location)
			  CREATE (f)-[:SERVES]->(location)
			  CREATE (f)-[:IN_FIELD]->(field)
			}""";

	static final String VOLUNTEERS = """
			UNWIND $rows AS r
			OPTIONAL MATCH (old:Person {id: r.id})
			WITH r WHERE old IS NULL
			MATCH (d:Area {code: r.district})
			MATCH (council:Organization {id: r.organization})
			CREATE (p:Person:CommissionedVolunteer {id: r.id, name: r.name, chiefChildCommissioner: r.chief,
			  generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
			CREATE (p)-[:ASSIGNED_TO {since: r.since}]->(d)
			CREATE (p)-[:BELONGS_TO {since: r.since}]->(council)""";

	static final String STAFF = """
			UNWIND $rows AS r
			OPTIONAL MATCH (old:Person {id: r.id})
			WITH r WHERE old IS NULL
			MATCH (o:Organization {id: r.organization})
			CREATE (p:Person:StaffMember {id: r.id, name: r.name, generated: true, archived: false,
			  createdAt: datetime(), updatedAt: datetime()})
			CREATE (p)-[:WORKS_FOR {role: r.role, since: r.since}]->(o)""";

	static final String NETWORKS = """
			UNWIND $rows AS r
			OPTIONAL MATCH (old:Network {id: r.id})
			WITH r WHERE old IS NULL
			CREATE (n:Network {id: r.id, name: r.name, networkKind: r.networkKind, tier: r.tier, description: r.description,
			  foundedOn: r.foundedOn, generated: true, archived: false, createdAt: datetime(), updatedAt: datetime()})
			WITH n, r
			CALL (n, r) {
			  UNWIND r.covers AS code
			  MATCH (a:Area {code: code})
			  CREATE (n)-[:COVERS]->(a)
			}
			CALL (n, r) {
			  UNWIND r.organizations AS m
			  MATCH (o:Organization {id: m.id})
			  CREATE (o)-[:MEMBER_OF {role: m.role, since: m.since}]->(n)
			}
			CALL (n, r) {
			  UNWIND r.people AS m
			  MATCH (p:Person {id: m.id})
			  CREATE (p)-[:MEMBER_OF {role: m.role, since: m.since}]->(n)
			}""";

	static final String COLLABORATIONS = """
			UNWIND $rows AS r
			MATCH (a:Organization {id: r.from})
			MATCH (b:Organization {id: r.to})
			MERGE (a)-[t:COLLABORATES_WITH]->(b)
			ON CREATE SET t.collaborationKind = r.kind, t.since = r.since, t.note = r.note""";

	static final String SERVICES = """
			UNWIND $rows AS r
			OPTIONAL MATCH (old:Service {id: r.id})
			WITH r WHERE old IS NULL
			MATCH (provider:Organization {id: r.provider})
			CREATE (s:Service {id: r.id, name: r.name, description: r.description, eligibility: r.eligibility,
			  schedule: r.schedule, capacity: r.capacity, generated: true, archived: false,
			  createdAt: datetime(), updatedAt: datetime()})
			CREATE (provider)-[:PROVIDES]->(s)
			WITH s, r
			CALL (s, r) {
			  UNWIND r.areas AS code
			  MATCH (a:Area {code: code})
			  CREATE (s)-[:AVAILABLE_IN]->(a)
			}
			CALL (s, r) {
			  UNWIND r.needs AS code
			  MATCH (n:Need {code: code})
			  CREATE (s)-[:ADDRESSES]->(n)
			}""";

	static final String COMMISSIONS = """
			UNWIND $rows AS r
			OPTIONAL MATCH (old:Commission {id: r.id})
			WITH r WHERE old IS NULL
			MATCH (o:Organization {id: r.organization})
			MATCH (f:SupportFunction {code: r.function})
			MATCH (m:Area {code: r.municipality})
			CREATE (o)<-[:COMMISSIONED_ORG]-(c:Commission {id: r.id, since: r.since, note: r.note, programme: r.programme,
			  mode: r.mode, generated: true,
			  archived: false, createdAt: datetime(), updatedAt: datetime()})-[:FOR_FUNCTION]->(f)
			CREATE (c)-[:IN_MUNICIPALITY]->(m)""";

	/**
	 * Households with everything they own. The batch's organisations, people and areas are looked up once (the rows
	 * refer to them by position, see {@link HouseholdBatches}); a missing one leaves a null that fails the batch.
	 */
	static final String HOUSEHOLDS = """
			WITH datetime() AS now,
			  [id IN $organizations | head(COLLECT { MATCH (o:Organization {id: id}) RETURN o })] AS organizations,
			  [id IN $people | head(COLLECT { MATCH (p:Person {id: id}) RETURN p })] AS people,
			  [code IN $areas | head(COLLECT { MATCH (a:Area {code: code}) RETURN a })] AS areas,
			  COLLECT { MATCH (n:Need) RETURN n ORDER BY n.code } AS needs,
			  COLLECT { MATCH (k:IsolationKind) RETURN k ORDER BY k.code } AS kinds
			UNWIND $rows AS r
			WITH now, organizations, people, areas, needs, kinds, r
			WHERE NOT EXISTS { MATCH (:Household {id: r.id}) }
			CREATE (h:Household {id: r.id, code: r.code, memberCount: r.memberCount, flags: r.flags,
			  protection: r.protection, generated: true, archived: false, createdAt: now, updatedAt: now})
			FOREACH (home IN [areas[r.area]] | CREATE (h)-[:LIVES_IN]->(home))
			FOREACH (holder IN [organizations[r.holder]] | CREATE (h)-[:RECORD_HELD_BY]->(holder))
			FOREACH (l IN r.loans |
			  CREATE (h)-[:HAS_LOAN]->(:Loan {id: l.id, loanType: l.loanType, amount: l.amount, decidedOn: l.decidedOn,
			    repaymentStatus: l.repaymentStatus, generated: true, createdAt: now, updatedAt: now}))
			FOREACH (i IN r.issues | FOREACH (n IN [needs[i.need]] |
			  CREATE (h)-[:HAS_ISSUE {since: i.since, status: i.status}]->(n)))
			FOREACH (code IN r.isolation | FOREACH (k IN [kinds[code]] | CREATE (h)-[:ISOLATED_FROM]->(k)))
			FOREACH (s IN r.organizationSupport | FOREACH (o IN [organizations[s.id]] |
			  CREATE (o)-[:SUPPORTS {since: s.since, lastContact: s.lastContact}]->(h)))
			FOREACH (s IN r.personSupport | FOREACH (p IN [people[s.id]] |
			  CREATE (p)-[:SUPPORTS {since: s.since, lastContact: s.lastContact}]->(h)))
			FOREACH (c IN r.consents |
			  CREATE (h)-[:GAVE_CONSENT]->(consent:Consent {id: c.id, scope: c.scope, givenAt: c.givenAt,
			    withdrawnAt: c.withdrawnAt, generated: true, createdAt: now, updatedAt: now})
			  FOREACH (o IN [x IN c.to | organizations[x]] | CREATE (consent)-[:TO]->(o)))""";

	private StepCypher() {
	}
}
