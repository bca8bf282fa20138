package jp.tsunagu.household;

import static jp.tsunagu.graph.CypherParameters.blankToNull;
import static jp.tsunagu.graph.CypherParameters.nameOf;
import static jp.tsunagu.graph.CypherParameters.of;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.area.AreaKind;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.BatchLoader;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.graph.FilteredMatch;
import jp.tsunagu.graph.PagedQuery;
import jp.tsunagu.household.HouseholdInputs.AddLoanInput;
import jp.tsunagu.household.HouseholdInputs.AddSupportInput;
import jp.tsunagu.household.HouseholdInputs.CreateHouseholdInput;
import jp.tsunagu.household.HouseholdInputs.GiveConsentInput;
import jp.tsunagu.household.HouseholdInputs.HouseholdFilter;
import jp.tsunagu.household.HouseholdInputs.SetHouseholdIssueInput;
import jp.tsunagu.household.HouseholdInputs.UpdateHouseholdInput;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.taxonomy.IsolationKind;
import jp.tsunagu.taxonomy.Need;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Every Cypher statement of the household feature.
 * <p>
 * Every read that finds households by caller input adds {@link HouseholdScope#VISIBLE} to its WHERE; the batch reads
 * of child fields take the ids of households already found that way. Writes run after a scoped check
 * ({@link HouseholdValidation#changeable}) in the same transaction.
 */
@Repository
class HouseholdQueries {

	private static final String BY_AREA = CypherTemplate.compose("EXISTS { (h)-[:LIVES_IN]->(:Area){{within}}(:Area {code: $area}) }",
			Map.of("within", Areas.WITHIN));

	private static final String BY_NEED = """
			EXISTS {
			    MATCH (h)-[i:HAS_ISSUE]->(:Need)-[:BROADER*0..3]->(:Need {code: $need})
			    WHERE i.status IN ['OPEN', 'IN_PROGRESS'] }""";

	private static final String BY_FLAG = "$flag IN h.flags";

	private static final String BY_REPAYMENT = "EXISTS { (h)-[:HAS_LOAN]->(:Loan {repaymentStatus: $repaymentStatus}) }";

	private static final String BY_SUPPORTER = "EXISTS { (h)<-[:SUPPORTS]-(:Organization|Person {id: $supporterId}) }";

	private final ReactiveNeo4jClient client;

	private final BatchLoader batches;

	HouseholdQueries(ReactiveNeo4jClient client, BatchLoader batches) {
		this.client = client;
		this.batches = batches;
	}

	// --- reads for the API -------------------------------------------------------------------------------------

	/** The household, if the caller may see it. */
	Mono<Household> byId(HouseholdAccess access, String id) {
		return household("MATCH (h:Household {id: $id}) WHERE " + HouseholdScope.VISIBLE + " RETURN h",
				of("id", id, "viewer", access.viewer()));
	}

	Mono<Connection<Household>> list(HouseholdAccess access, HouseholdFilter filter, PageRequest page) {
		HouseholdFilter f = filter == null ? HouseholdFilter.NONE : filter;
		// the candidates bind h and held; only the filters given are written into the statement
		FilteredMatch match = new FilteredMatch("h, held", HouseholdScope.CANDIDATES)
			.filter("area", blankToNull(f.area()), BY_AREA)
			.filter("need", blankToNull(f.need()), BY_NEED)
			.filter("flag", nameOf(f.flag()), BY_FLAG)
			.filter("repaymentStatus", nameOf(f.repaymentStatus()), BY_REPAYMENT)
			.filter("supporterId", blankToNull(f.supporterId()), BY_SUPPORTER);
		if (!Boolean.TRUE.equals(f.includeArchived())) {
			match.where("NOT h.archived");
		}
		match.where(HouseholdScope.VISIBLE_CANDIDATE);
		Map<String, Object> parameters = new HashMap<>(match.parameters());
		parameters.put("viewer", access.viewer());
		return PagedQuery.once(match.match(), "h", "code")
			.fetch(client, parameters, page, value -> Household.from(value.asNode()), Household::code, Household::id);
	}

	Mono<Map<Household, Area>> areas(List<Household> households) {
		return batches.loadOne(households, Household::id, """
				UNWIND $ids AS id MATCH (:Household {id: id})-[:LIVES_IN]->(a:Area)
				RETURN id, a""", (h, r) -> Area.from(r.get("a").asNode()));
	}

	Mono<Map<Household, List<HouseholdIssue>>> issues(List<Household> households) {
		return batches.load(households, Household::id, """
				UNWIND $ids AS id MATCH (:Household {id: id})-[i:HAS_ISSUE]->(n:Need)
				RETURN id, i, n ORDER BY n.code""",
				(h, r) -> HouseholdIssue.of(Need.from(r.get("n").asNode()), r.get("i").asRelationship()));
	}

	Mono<Map<Household, List<IsolationKind>>> isolation(List<Household> households) {
		return batches.load(households, Household::id, """
				UNWIND $ids AS id MATCH (:Household {id: id})-[:ISOLATED_FROM]->(k:IsolationKind)
				RETURN id, k ORDER BY k.code""", (h, r) -> IsolationKind.from(r.get("k").asNode()));
	}

	Mono<Map<Household, List<Loan>>> loans(List<Household> households) {
		return batches.load(households, Household::id, """
				UNWIND $ids AS id MATCH (:Household {id: id})-[:HAS_LOAN]->(l:Loan)
				RETURN id, l ORDER BY l.decidedOn, l.id""", (h, r) -> Loan.from(r.get("l").asNode()));
	}

	Mono<Map<Household, List<Consent>>> consents(List<Household> households) {
		return batches.load(households, Household::id, """
				UNWIND $ids AS id MATCH (:Household {id: id})-[:GAVE_CONSENT]->(c:Consent)
				RETURN id, c ORDER BY c.givenAt, c.id""", (h, r) -> Consent.from(r.get("c").asNode()));
	}

	Mono<Map<Consent, List<Organization>>> consentOrganizations(List<Consent> consents) {
		return batches.load(consents, Consent::id, """
				UNWIND $ids AS id MATCH (:Consent {id: id})-[:TO]->(o:Organization)
				RETURN id, o ORDER BY o.name, o.id""", (c, r) -> Organization.from(r.get("o").asNode()));
	}

	Mono<Map<Household, List<Support>>> supporters(List<Household> households) {
		return batches.load(households, Household::id, """
				UNWIND $ids AS id MATCH (s:Organization|Person)-[t:SUPPORTS]->(:Household {id: id})
				RETURN id, s, t ORDER BY t.since, s.name, s.id""",
				(h, r) -> Support.of(r.get("s").asNode(), r.get("t").asRelationship()));
	}

	// --- reads for validating mutations ------------------------------------------------------------------------

	/** Whether the caller works for the organisation holding the household's record (a 民生委員 never does). */
	Mono<Boolean> heldByCaller(HouseholdAccess access, String householdId) {
		return client.query("""
				RETURN $viewer.role IN ['COORDINATOR', 'MEMBER_STAFF']
				       AND EXISTS { (:Household {id: $id})-[:RECORD_HELD_BY]->(:Organization {id: $viewer.organizationId}) }
				       AS held""")
			.bindAll(of("id", householdId, "viewer", access.viewer()))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("held").asBoolean())
			.one();
	}

	/**
	 * Whether the organisation already holds a household with this code: codes are unique per record holder only, so
	 * the answer is about households the caller's organisation holds (and may see) alone. Locks the holder for the
	 * rest of the transaction, so two creates of one code for one holder cannot both pass.
	 */
	Mono<Boolean> codeHeldBy(String holderId, String code) {
		return client.query("""
				MATCH (holder:Organization {id: $holder})
				SET holder.householdCodeLock = true
				REMOVE holder.householdCodeLock
				RETURN EXISTS { (holder)<-[:RECORD_HELD_BY]-(:Household {code: $code}) } AS held""")
			.bindAll(of("holder", holderId, "code", code))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("held").asBoolean())
			.one()
			.defaultIfEmpty(false);
	}

	/**
	 * The households the organisation holds the record of under these codes, with what a household file can set:
	 * codes are unique per record holder, so this reads the caller's own records alone.
	 */
	Mono<List<Map<String, Object>>> heldByCodes(String holderId, Collection<String> codes) {
		return client.query("""
				MATCH (:Organization {id: $holder})<-[:RECORD_HELD_BY]-(h:Household) WHERE h.code IN $codes
				RETURN h.id AS id, h.code AS code, h.memberCount AS memberCount, h.flags AS flags,
				       coalesce(h.protection, 'NONE') AS protection, coalesce(h.archived, false) AS archived,
				       [(h)-[:LIVES_IN]->(a:Area) | a.code][0] AS areaCode,
				       [(h)-[:ISOLATED_FROM]->(k:IsolationKind) | k.code] AS isolationCodes""")
			.bindAll(of("holder", holderId, "codes", List.copyOf(codes)))
			.fetch()
			.all()
			.collectList();
	}

	Mono<AreaKind> areaKind(String code) {
		return client.query("MATCH (a:Area {code: $code}) RETURN a")
			.bind(code)
			.to("code")
			.fetchAs(AreaKind.class)
			.mappedBy((types, record) -> Area.from(record.get("a").asNode()).kind())
			.one();
	}

	Mono<List<String>> missingIsolationKinds(Collection<String> codes) {
		return client.query("""
				UNWIND $codes AS code
				OPTIONAL MATCH (k:IsolationKind {code: code})
				WITH code, k WHERE k IS NULL
				RETURN collect(code) AS missing""")
			.bind(List.copyOf(codes))
			.to("codes")
			.fetchAs(List.class)
			.mappedBy((types, record) -> record.get("missing").asList(v -> v.asString()))
			.one()
			.map(HouseholdQueries::strings);
	}

	/** The organisations among these ids that a consent cannot cover: missing ones, and archived ones. */
	Mono<List<UnusableOrganization>> unusableOrganizations(Collection<String> ids) {
		return client.query("""
				UNWIND $ids AS id
				OPTIONAL MATCH (o:Organization {id: id})
				WITH id, o WHERE o IS NULL OR o.archived
				RETURN id, o IS NOT NULL AS archived""")
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(UnusableOrganization.class)
			.mappedBy((types, record) -> new UnusableOrganization(record.get("id").asString(),
					record.get("archived").asBoolean()))
			.all()
			.collectList();
	}

	record UnusableOrganization(String id, boolean archived) {
	}

	/** A supporter's archived flag, or empty when no organisation or person has this id. */
	Mono<Boolean> supporterArchived(String id) {
		return client.query("MATCH (s:Organization|Person {id: $id}) RETURN coalesce(s.archived, false) AS archived")
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("archived").asBoolean())
			.first();
	}

	Mono<Support> support(String householdId, String supporterId) {
		return client.query("""
				MATCH (s:Organization|Person {id: $supporterId})-[t:SUPPORTS]->(:Household {id: $householdId})
				RETURN s, t""")
			.bindAll(of("householdId", householdId, "supporterId", supporterId))
			.fetchAs(Support.class)
			.mappedBy((types, record) -> Support.of(record.get("s").asNode(), record.get("t").asRelationship()))
			.first();
	}

	Mono<Boolean> hasIssue(String householdId, String needCode) {
		return client.query("RETURN EXISTS { (:Household {id: $householdId})-[:HAS_ISSUE]->(:Need {code: $need}) } AS found")
			.bindAll(of("householdId", householdId, "need", needCode))
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("found").asBoolean())
			.one();
	}

	/** The household with this loan, if the caller may see it. */
	Mono<Household> householdOfLoan(HouseholdAccess access, String loanId) {
		return household("MATCH (h:Household)-[:HAS_LOAN]->(:Loan {id: $id}) WHERE " + HouseholdScope.VISIBLE
				+ " RETURN h", of("id", loanId, "viewer", access.viewer()));
	}

	/** The consent and its household, if the caller may see the household. */
	Mono<ConsentOfHousehold> consentWithHousehold(HouseholdAccess access, String consentId) {
		return client.query("MATCH (h:Household)-[:GAVE_CONSENT]->(c:Consent {id: $id}) WHERE " + HouseholdScope.VISIBLE
				+ " RETURN h, c")
			.bindAll(of("id", consentId, "viewer", access.viewer()))
			.fetchAs(ConsentOfHousehold.class)
			.mappedBy((types, record) -> new ConsentOfHousehold(Consent.from(record.get("c").asNode()),
					Household.from(record.get("h").asNode())))
			.first();
	}

	record ConsentOfHousehold(Consent consent, Household household) {
	}

	// --- writes ------------------------------------------------------------------------------------------------

	/** The caller's organisation holds the new record. */
	Mono<Household> create(HouseholdAccess access, CreateHouseholdInput input) {
		Map<String, Object> parameters = of("code", input.code(), "memberCount", input.memberCount(), "flags",
				input.flags() == null ? List.of() : flagNames(input.flags()),
				"protection", nameOf(input.protection() == null ? Protection.NONE : input.protection()), "area",
				input.areaCode());
		parameters.put("isolation", input.isolationCodes() == null ? List.of() : input.isolationCodes());
		parameters.put("holder", access.caller().organizationId());
		return household("""
				MATCH (a:Area {code: $area}), (holder:Organization {id: $holder})
				CREATE (h:Household)-[:LIVES_IN]->(a)
				CREATE (h)-[:RECORD_HELD_BY]->(holder)
				SET h.id = randomUUID(), h.code = $code, h.memberCount = $memberCount, h.flags = $flags,
				    h.protection = $protection, h.archived = false, h.createdAt = datetime(), h.updatedAt = datetime()
				WITH h
				CALL (h) { UNWIND $isolation AS code MATCH (k:IsolationKind {code: code}) MERGE (h)-[:ISOLATED_FROM]->(k) }
				RETURN h""", parameters);
	}

	Mono<Household> update(UpdateHouseholdInput input) {
		Map<String, Object> changes = new HashMap<>();
		if (input.memberCount() != null) {
			changes.put("memberCount", input.memberCount());
		}
		if (input.flags() != null) {
			changes.put("flags", flagNames(input.flags()));
		}
		if (input.protection() != null) {
			changes.put("protection", input.protection().name());
		}
		Map<String, Object> parameters = of("id", input.id(), "changes", changes, "area", input.areaCode(),
				"isolation", input.isolationCodes());
		return household("""
				MATCH (h:Household {id: $id})
				SET h += $changes, h.updatedAt = datetime()
				WITH h
				CALL (h) {
				  WITH h WHERE $area IS NOT NULL
				  OPTIONAL MATCH (h)-[old:LIVES_IN]->()
				  DELETE old
				  WITH DISTINCT h MATCH (a:Area {code: $area}) CREATE (h)-[:LIVES_IN]->(a)
				}
				CALL (h) {
				  WITH h WHERE $isolation IS NOT NULL
				  OPTIONAL MATCH (h)-[old:ISOLATED_FROM]->()
				  DELETE old
				  WITH DISTINCT h UNWIND $isolation AS code MATCH (k:IsolationKind {code: code})
				  MERGE (h)-[:ISOLATED_FROM]->(k)
				}
				RETURN h""", parameters);
	}

	Mono<Household> archive(String id) {
		return household("""
				MATCH (h:Household {id: $id})
				SET h.archived = true, h.updatedAt = datetime()
				RETURN h""", of("id", id));
	}

	Mono<Household> setIssue(SetHouseholdIssueInput input) {
		return household("""
				MATCH (h:Household {id: $id}), (n:Need {code: $need})
				MERGE (h)-[i:HAS_ISSUE]->(n)
				SET i.status = coalesce($status, i.status, 'OPEN'), i.since = coalesce($since, i.since, $today),
				    h.updatedAt = datetime()
				RETURN h""", of("id", input.householdId(), "need", input.needCode(), "status", nameOf(input.status()),
				"since", input.since(), "today", JapanDate.today()));
	}

	Mono<Household> removeIssue(String householdId, String needCode) {
		return household("""
				MATCH (h:Household {id: $id})-[i:HAS_ISSUE]->(:Need {code: $need})
				DELETE i
				SET h.updatedAt = datetime()
				RETURN h""", of("id", householdId, "need", needCode));
	}

	Mono<Household> addLoan(AddLoanInput input) {
		return household("""
				MATCH (h:Household {id: $id})
				CREATE (h)-[:HAS_LOAN]->(:Loan {id: randomUUID(), loanType: $loanType, amount: $amount,
				        decidedOn: $decidedOn, repaymentStatus: $repaymentStatus, createdAt: datetime()})
				SET h.updatedAt = datetime()
				RETURN h""", of("id", input.householdId(), "loanType", nameOf(input.loanType()), "amount",
				input.amount(), "decidedOn", input.decidedOn(), "repaymentStatus", nameOf(input.repaymentStatus())));
	}

	Mono<Household> updateLoan(String loanId, RepaymentStatus repaymentStatus) {
		return household("""
				MATCH (h:Household)-[:HAS_LOAN]->(l:Loan {id: $id})
				SET l.repaymentStatus = $repaymentStatus, h.updatedAt = datetime()
				RETURN h""", of("id", loanId, "repaymentStatus", repaymentStatus.name()));
	}

	Mono<Household> giveConsent(GiveConsentInput input, List<String> organizationIds) {
		return household("""
				MATCH (h:Household {id: $id})
				CREATE (h)-[:GAVE_CONSENT]->(c:Consent {id: randomUUID(), scope: $scope,
				        givenAt: coalesce($givenAt, datetime()), createdAt: datetime()})
				SET h.updatedAt = datetime()
				WITH h, c
				CALL (c) { UNWIND $organizationIds AS organizationId MATCH (o:Organization {id: organizationId})
				           MERGE (c)-[:TO]->(o) }
				RETURN h""", of("id", input.householdId(), "scope", nameOf(input.scope()), "givenAt", input.givenAt(),
				"organizationIds", organizationIds));
	}

	Mono<Household> withdrawConsent(String consentId) {
		return household("""
				MATCH (h:Household)-[:GAVE_CONSENT]->(c:Consent {id: $id})
				SET c.withdrawnAt = datetime(), h.updatedAt = datetime()
				RETURN h""", of("id", consentId));
	}

	/** A new tie given no start counts from the last contact, if known, so it never starts after that contact. */
	Mono<Household> addSupport(AddSupportInput input) {
		return household("""
				MATCH (h:Household {id: $householdId}), (s:Organization|Person {id: $supporterId})
				MERGE (s)-[t:SUPPORTS]->(h)
				SET t.since = coalesce($since, t.since, $lastContact, $today), t.lastContact = coalesce($lastContact, t.lastContact),
				    h.updatedAt = datetime()
				RETURN h""", of("householdId", input.householdId(), "supporterId", input.supporterId(), "since",
				input.since(), "lastContact", input.lastContact(), "today", JapanDate.today()));
	}

	Mono<Household> removeSupport(String householdId, String supporterId) {
		return household("""
				MATCH (:Organization|Person {id: $supporterId})-[t:SUPPORTS]->(h:Household {id: $householdId})
				DELETE t
				SET h.updatedAt = datetime()
				RETURN h""", of("householdId", householdId, "supporterId", supporterId));
	}

	// --- mapping -----------------------------------------------------------------------------------------------

	private Mono<Household> household(String cypher, Map<String, Object> parameters) {
		return client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Household.class)
			.mappedBy((types, record) -> Household.from(record.get("h").asNode()))
			.first();
	}

	/** Each flag once, in the order given. */
	private static List<String> flagNames(List<HouseholdFlag> flags) {
		return flags.stream().map(Enum::name).distinct().toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(List<?> list) {
		return (List<String>) list;
	}
}
