package jp.tsunagu.discovery;

import static jp.tsunagu.graph.CypherParameters.of;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.tsunagu.area.Area;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.household.HouseholdScope;
import jp.tsunagu.mapping.MapNode;
import jp.tsunagu.mapping.TiePath;
import jp.tsunagu.network.Network;
import jp.tsunagu.security.Caller;
import jp.tsunagu.service.Service;
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
	 * The people and organisations who know the household, each with the path by which they know it: its supporters,
	 * the organisation holding its record, the 民生委員 assigned to the district it lives in.
	 */
	private static final String HOUSEHOLD_FORM = """
			MATCH (h:Household {id: $household})
			WHERE %s
			OPTIONAL MATCH (h)-[:LIVES_IN]->(home:Area)
			CALL (h) {
			  OPTIONAL MATCH (h)-[issue:HAS_ISSUE]->(n:Need) WHERE issue.status IN ['OPEN', 'IN_PROGRESS']
			  RETURN collect(DISTINCT n) AS needs
			}
			CALL (h) {
			  CALL (h) {
			    MATCH entry = (h)<-[:SUPPORTS]-(knower) WHERE knower:Organization OR knower:Person
			    RETURN knower, 'SUPPORTER' AS via, entry
			    UNION
			    MATCH entry = (h)-[:RECORD_HELD_BY]->(knower:Organization)
			    RETURN knower, 'RECORD_HOLDER' AS via, entry
			    UNION
			    MATCH entry = (h)-[:LIVES_IN]->(:Area)<-[:ASSIGNED_TO]-(knower:Person)
			    RETURN knower, 'DISTRICT_VOLUNTEER' AS via, entry
			  }
			  WITH knower, via, entry WHERE NOT coalesce(knower.archived, false)
			  RETURN collect({knower: knower, via: via, entry: entry}) AS knowers
			}
			WITH h.id AS householdId, home, needs, knowers, [] AS unknownNeeds
			""".formatted(HouseholdScope.VISIBLE);

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
			  RETURN [k IN collect(knower) | {knower: k, via: 'CALLER_ORGANIZATION', entry: null}] AS knowers
			}
			WITH null AS householdId, home, needs, knowers, unknownNeeds
			""";

	/**
	 * Later steps of the risk pathways whose earlier steps the needs show; services available on the area's chain (its
	 * own area, then those containing it) that address a sought need itself or a broader need; and for each, the
	 * shortest path from each knower. Paths run only over directory ties: none of these types touches a Household or
	 * an Area, so geography cannot connect everything.
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
			  WHERE area IN chain AND NOT coalesce(s.archived, false)
			    AND EXISTS { (provider:Organization)-[:PROVIDES]->(s) WHERE NOT coalesce(provider.archived, false) }
			  WITH s, collect(DISTINCT need.code) AS addressed, collect(DISTINCT area) AS areas, knowers
			  CALL (s, knowers) {
			    UNWIND knowers AS known
			    WITH s, known, known.knower AS start
			    MATCH directory = shortestPath((start)-[:WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES*1..%d]-(s))
			    WHERE all(node IN nodes(directory) WHERE NOT coalesce(node.archived, false))
			    RETURN collect({via: known.via, knower: start, entry: known.entry, directory: directory}) AS paths
			  }
			  RETURN collect({service: s, addressed: addressed, areas: areas, paths: paths}) AS candidates
			}
			RETURN householdId, home IS NOT NULL AS areaKnown, unknownNeeds, needs, risks, candidates
			""".formatted(Discovery.MAX_DIRECTORY_TIES);

	private static final String WHO_KNOWS = """
			MATCH (h:Household {id: $household})
			WHERE %s
			CALL (h) {
			  CALL (h) {
			    MATCH (knower)-[tie:SUPPORTS]->(h) WHERE knower:Organization OR knower:Person
			    RETURN knower, 'SUPPORTER' AS kind, tie.since AS since, tie.lastContact AS lastContact
			    UNION
			    MATCH (h)-[:RECORD_HELD_BY]->(knower:Organization)
			    RETURN knower, 'RECORD_HOLDER' AS kind, null AS since, null AS lastContact
			    UNION
			    MATCH (h)-[:LIVES_IN]->(:Area)<-[tie:ASSIGNED_TO]-(knower:Person)
			    RETURN knower, 'DISTRICT_VOLUNTEER' AS kind, tie.since AS since, null AS lastContact
			    UNION
			    MATCH (h)<-[:FOR]-(referral:Referral {status: 'ACCEPTED'})-[:TO]->(knower:Organization)
			    RETURN knower, 'REFERRAL_ACCEPTED' AS kind, date(referral.respondedAt) AS since, null AS lastContact
			  }
			  WITH knower, kind, since, lastContact WHERE NOT coalesce(knower.archived, false)
			  WITH knower, collect({kind: kind, since: since, lastContact: lastContact}) AS ties
			  RETURN collect({knower: knower, ties: ties,
			    networks: [(knower)-[:MEMBER_OF]->(n:Network) WHERE NOT coalesce(n.archived, false) | n]
			            + [(knower)-[:WORKS_FOR|BELONGS_TO]->(:Organization)-[:MEMBER_OF]->(n:Network)
			               WHERE NOT coalesce(n.archived, false) | n]}) AS knowers
			}
			RETURN h.id AS householdId, knowers
			""".formatted(HouseholdScope.VISIBLE);

	private static final TiePath NO_ENTRY = new TiePath(List.of(), List.of());

	private final ReactiveNeo4jClient client;

	DiscoveryQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/** Empty when the caller may not see the household. */
	Mono<Found> forHousehold(HouseholdAccess access, String householdId, boolean preventive) {
		return find(HOUSEHOLD_FORM + DISCOVER,
				of("household", householdId, "viewer", access.viewer(), "preventive", preventive));
	}

	Mono<Found> forNeeds(Caller caller, List<String> needCodes, String areaCode, boolean preventive) {
		return find(NEEDS_FORM + DISCOVER, of("needs", needCodes, "area", areaCode, "viewer", caller.asParameter(),
				"preventive", preventive));
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

	private Mono<Found> find(String cypher, Map<String, Object> parameters) {
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
					record.get("candidates").asList(DiscoveryQueries::candidate)))
			.one();
	}

	private static PreventiveLink preventiveLink(Value link) {
		return new PreventiveLink(RiskPathway.from(link.get("pathway").asNode()), Need.from(link.get("trigger").asNode()),
				Need.from(link.get("need").asNode()));
	}

	private static Candidate candidate(Value candidate) {
		return new Candidate(Service.from(candidate.get("service").asNode()),
				candidate.get("addressed").asList(Value::asString),
				candidate.get("areas").asList(area -> Area.from(area.asNode())),
				candidate.get("paths").asList(DiscoveryQueries::warmPath));
	}

	private static WarmPath warmPath(Value path) {
		Value entry = path.get("entry");
		return new WarmPath(KnowerKind.valueOf(path.get("via").asString()), MapNode.from(path.get("knower").asNode()),
				entry.isNull() ? NO_ENTRY : TiePath.from(entry.asPath()), TiePath.from(path.get("directory").asPath()));
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
