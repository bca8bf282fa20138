package jp.tsunagu.discovery;

import static jp.tsunagu.graph.CypherParameters.of;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.tsunagu.area.Area;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdScope;
import jp.tsunagu.household.JapanDate;
import jp.tsunagu.mapping.MapNode;
import jp.tsunagu.mapping.TiePath;
import jp.tsunagu.mapping.TieRules;
import jp.tsunagu.network.Network;
import jp.tsunagu.security.Caller;
import jp.tsunagu.service.Service;
import jp.tsunagu.service.ServiceRules;
import jp.tsunagu.taxonomy.Need;
import jp.tsunagu.taxonomy.RiskPathway;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The Cypher of discovery: each question is one statement, the household's scope check included, so a household the
 * caller may not see yields no row and nothing about it reaches a count, a path or a ranking.
 */
@Repository
class DiscoveryQueries {

	/**
	 * Cypher, with household {@code h} bound: one row per way someone knows the household, the one definition discover
	 * and whoKnows share. Its supporters (person or organisation), the organisation holding its record, the 民生委員
	 * assigned to the area it lives in or an area containing it (PART_OF*0..2, as {@link HouseholdScope#VISIBLE} lets
	 * them see it), organisations that accepted a referral for it; none archived. {@code entry} is the path from the
	 * household to the knower, null for a referral (a referral is never shown on a path); {@code since} of an accepted
	 * referral is the date it was accepted, in Japan.
	 */
	private static final String KNOWERS = """
			CALL (h) {
			  CALL (h) {
			    MATCH entry = (h)<-[tie:SUPPORTS]-(knower) WHERE knower:Organization OR knower:Person
			    RETURN knower, 'SUPPORTER' AS kind, entry, tie.since AS since, tie.lastContact AS lastContact
			    UNION
			    MATCH entry = (h)-[:RECORD_HELD_BY]->(knower:Organization)
			    RETURN knower, 'RECORD_HOLDER' AS kind, entry, null AS since, null AS lastContact
			    UNION
			    MATCH entry = (h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(:Area)<-[tie:ASSIGNED_TO]-(knower:Person)
			    RETURN knower, 'DISTRICT_VOLUNTEER' AS kind, entry, tie.since AS since, null AS lastContact
			    UNION
			    MATCH (h)<-[:FOR]-(referral:Referral {status: 'ACCEPTED'})-[:TO]->(knower:Organization)
			    RETURN knower, 'REFERRAL_ACCEPTED' AS kind, null AS entry,
			      date(datetime({datetime: referral.respondedAt, timezone: '%s'})) AS since, null AS lastContact
			  }
			  WITH knower, kind, entry, since, lastContact WHERE NOT coalesce(knower.archived, false)
			  RETURN knower, kind, entry, since, lastContact
			}
			""".formatted(JapanDate.ZONE.getId());

	/** The household's open issues, the area it lives in, and everyone who knows it: where warm paths start. */
	private static final String HOUSEHOLD_FORM = """
			MATCH (h:Household {id: $household})
			WHERE %s
			OPTIONAL MATCH (h)-[:LIVES_IN]->(home:Area)
			CALL (h) {
			  OPTIONAL MATCH (h)-[issue:HAS_ISSUE]->(n:Need) WHERE issue.status IN ['OPEN', 'IN_PROGRESS']
			  RETURN collect(DISTINCT n) AS needs
			}
			CALL (h) {
			  %s
			  RETURN collect({knower: knower, via: kind, entry: entry, since: since, lastContact: lastContact}) AS knowers
			}
			WITH h.id AS householdId, home, needs, knowers, [] AS unknownNeeds
			""".formatted(HouseholdScope.VISIBLE, KNOWERS);

	/** Without a household, a warm path can only start at the caller's own organisation. */
	private static final String NEEDS_FORM = """
			OPTIONAL MATCH (home:Area {code: $area})
			CALL () {
			  UNWIND $needs AS code
			  OPTIONAL MATCH (n:Need {code: code})
			  RETURN collect(DISTINCT n) AS needs, collect(CASE WHEN n IS NULL THEN code END) AS unknownNeeds
			}
			CALL () {
			  OPTIONAL MATCH (knower:Organization {id: $viewer.organizationId}) WHERE NOT coalesce(knower.archived, false)
			  RETURN [k IN collect(knower) | {knower: k, via: 'CALLER_ORGANIZATION', entry: null, since: null,
			          lastContact: null}] AS knowers
			}
			WITH null AS householdId, home, needs, knowers, unknownNeeds
			""";

	/**
	 * Later steps of the risk pathways whose earlier steps the needs show; services available on the area's chain (its
	 * own area, then those containing it) that address a sought need itself or a broader need; and for each, the
	 * shortest path from each knower. Paths run only over directory ties and directory nodes: none of these types
	 * touches a Household or an Area, so geography cannot connect everything.
	 */
	private static final String DISCOVER = """
			CALL (needs) {
			  UNWIND needs AS issue
			  MATCH (issue)-[:BROADER*0..3]->(early:Need)<-[first:HAS_STEP]-(pathway:RiskPathway)-[later:HAS_STEP]->(next:Need)
			  WHERE $preventive AND later.position > first.position AND NOT next IN needs
			  RETURN collect(DISTINCT {pathway: pathway, trigger: early, need: next}) AS risks
			}
			CALL (home, needs, risks, knowers) {
			  MATCH (home)-[:PART_OF*0..3]->(area:Area)
			  WITH needs + [link IN risks | link.need] AS sought, collect(DISTINCT area) AS chain, knowers
			  UNWIND sought AS need
			  MATCH (need)-[:BROADER*0..3]->(:Need)<-[:ADDRESSES]-(s:Service)-[:AVAILABLE_IN]->(area:Area)
			  WHERE area IN chain AND %s
			  WITH s, collect(DISTINCT need.code) AS addressed, collect(DISTINCT area) AS areas, knowers
			  CALL (s, knowers) {
			    UNWIND knowers AS known
			    WITH s, known, known.knower AS start
			    MATCH directory = shortestPath((start)-[:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES*1..%d]-(s))
			    WHERE all(node IN nodes(directory) WHERE %s)
			    RETURN collect({via: known.via, knower: start, entry: known.entry, since: known.since,
			      lastContact: known.lastContact, directory: directory}) AS paths
			  }
			  RETURN collect({service: s, addressed: addressed, areas: areas, paths: paths}) AS candidates
			}
			RETURN householdId, home IS NOT NULL AS areaKnown, unknownNeeds, needs, risks, candidates
			""".formatted(ServiceRules.USABLE, Discovery.MAX_DIRECTORY_TIES, TieRules.passable("node"));

	private static final String WHO_KNOWS = """
			MATCH (h:Household {id: $household})
			WHERE %s
			CALL (h) {
			  %s
			  WITH knower, collect(DISTINCT {kind: kind, since: since, lastContact: lastContact}) AS ties
			  RETURN collect({knower: knower, ties: ties,
			    networks: [(knower)-[:MEMBER_OF]->(n:Network) WHERE NOT coalesce(n.archived, false) | n]
			            + [(knower)-[:WORKS_FOR|BELONGS_TO]->(:Organization)-[:MEMBER_OF]->(n:Network)
			               WHERE NOT coalesce(n.archived, false) | n]}) AS knowers
			}
			RETURN h.id AS householdId, knowers
			""".formatted(HouseholdScope.VISIBLE, KNOWERS);

	private static final TiePath NO_ENTRY = new TiePath(List.of(), List.of());

	private final ReactiveNeo4jClient client;

	DiscoveryQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** Empty when the caller may not see the household. */
	/**
	 * Empty when the caller may not see the household.
	 *
	 * @param liveSince a support tie last used before this day has lapsed
	 */
	Mono<Found> forHousehold(HouseholdAccess access, String householdId, boolean preventive, LocalDate liveSince) {
		return find(HOUSEHOLD_FORM + DISCOVER,
				of("household", householdId, "viewer", access.viewer(), "preventive", preventive), liveSince);
	}

	Mono<Found> forNeeds(Caller caller, List<String> needCodes, String areaCode, boolean preventive,
			LocalDate liveSince) {
		return find(NEEDS_FORM + DISCOVER, of("needs", needCodes, "area", areaCode, "viewer", caller.asParameter(),
				"preventive", preventive), liveSince);
	}

	/** Empty when the caller may not see the household. */
	Mono<List<KnownBy>> whoKnows(HouseholdAccess access, String householdId) {
		return client.query(WHO_KNOWS)
			.bindAll(of("household", householdId, "viewer", access.viewer()))
			.fetchAs(List.class)
			.mappedBy((types, record) -> record.get("knowers").asList(DiscoveryQueries::knownBy))
			.one()
			.map(list -> {
				@SuppressWarnings("unchecked")
				List<KnownBy> knowers = (List<KnownBy>) list;
				return knowers;
			});
	}

	private Mono<Found> find(String cypher, Map<String, Object> parameters, LocalDate liveSince) {
		return client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Found.class)
			.mappedBy((types, record) -> new Found(record.get("householdId").isNull() ? null
					: record.get("householdId").asString(), record.get("areaKnown").asBoolean(),
					record.get("unknownNeeds").asList(Value::asString),
					record.get("needs")
						.asList(value -> Need.from(value.asNode()))
						.stream()
						.sorted(Comparator.comparing(Need::code))
						.toList(),
					record.get("risks").asList(DiscoveryQueries::preventiveLink),
					record.get("candidates").asList(candidate -> candidate(candidate, liveSince))))
			.one();
	}

	private static PreventiveLink preventiveLink(Value link) {
		return new PreventiveLink(RiskPathway.from(link.get("pathway").asNode()), Need.from(link.get("trigger").asNode()),
				Need.from(link.get("need").asNode()));
	}

	private static Candidate candidate(Value candidate, LocalDate liveSince) {
		return new Candidate(Service.from(candidate.get("service").asNode()),
				candidate.get("addressed").asList(Value::asString),
				candidate.get("areas").asList(area -> Area.from(area.asNode())),
				candidate.get("paths").asList(path -> warmPath(path, liveSince)));
	}

	private static WarmPath warmPath(Value path, LocalDate liveSince) {
		Value entry = path.get("entry");
		KnowerKind via = KnowerKind.valueOf(path.get("via").asString());
		return new WarmPath(via, MapNode.from(path.get("knower").asNode()),
				entry.isNull() ? NO_ENTRY : TiePath.from(entry.asPath()), TiePath.from(path.get("directory").asPath()),
				via.live(date(path.get("since")), date(path.get("lastContact")), liveSince));
	}

	private static KnownBy knownBy(Value value) {
		return new KnownBy(MapNode.from(value.get("knower").asNode()),
				value.get("ties")
					.asList(tie -> new KnownBy.Tie(KnowerKind.valueOf(tie.get("kind").asString()), date(tie.get("since")),
							date(tie.get("lastContact")))),
				value.get("networks").asList(network -> Network.from(network.asNode())));
	}

	private static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	/**
	 * What one discovery statement found.
	 *
	 * @param householdId null for the needs form
	 * @param areaKnown whether the area exists (the household's, or the one asked for)
	 * @param unknownNeeds needs asked for that the taxonomy lacks
	 * @param needs the household's open issues, or the needs asked for
	 * @param risks later steps of risk pathways the needs start
	 */
	record Found(String householdId, boolean areaKnown, List<String> unknownNeeds, List<Need> needs,
			List<PreventiveLink> risks, List<Candidate> candidates) {
	}

	/** Someone who knows a household, as stored: each tie by which they know it, and their networks. */
	record KnownBy(MapNode knower, List<Tie> ties, List<Network> networks) {

		record Tie(KnowerKind kind, LocalDate since, LocalDate lastContact) {
		}
	}
}
