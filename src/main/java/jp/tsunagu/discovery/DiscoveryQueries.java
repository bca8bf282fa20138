package jp.tsunagu.discovery;

import static jp.tsunagu.graph.CypherParameters.of;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.tsunagu.area.Area;
import jp.tsunagu.area.Areas;
import jp.tsunagu.graph.CypherTemplate;
import jp.tsunagu.household.ContactProperties;
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
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
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
	 * Cypher, with household {@code h} bound: one row per way someone knows the household, for whoKnows; discover's warm
	 * paths start from the same ties ({@link #VOLUNTEER_STEPS}, {@link #HOUSEHOLD_LIVE_PATHS}, {@link #HOUSEHOLD_OTHER_PATHS}), so change them together. Its
	 * supporters (person or organisation), the organisation holding its record, the 民生委員
	 * assigned to the area it lives in or an area containing it (PART_OF*0..2, as {@link HouseholdScope#VISIBLE} lets
	 * them see it), organisations that accepted a referral for it; none archived. {@code entry} is the path from the
	 * household to the knower, null for a referral (a referral is never shown on a path); {@code since} of an accepted
	 * referral is the date it was accepted, in Japan.
	 */
	private static final String KNOWERS = CypherTemplate.compose("""
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
			    MATCH (h)<-[:FOR]-(referral:Referral)-[:TO]->(knower:Organization)
			    WHERE referral.status IN ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD']
			    RETURN knower, 'REFERRAL_ACCEPTED' AS kind, null AS entry,
			      date(datetime({datetime: referral.respondedAt, timezone: '{{zone}}'})) AS since, null AS lastContact
			  }
			  WITH knower, kind, entry, since, lastContact WHERE NOT coalesce(knower.archived, false)
			  RETURN knower, kind, entry, since, lastContact
			}
			""", Map.of("zone", JapanDate.ZONE.getId()));

	/** The relationship types of warm paths after the knower; none touches a Household or an Area. */
	private static final String DIRECTORY = "WORKS_FOR|BELONGS_TO|MEMBER_OF|COLLABORATES_WITH|OPERATES|RUNS|SUBCOMMITTEE_OF|PROVIDES";

	/**
	 * A quantified path pattern: {@code min} to {@code max} directory ties, each to a node a path may pass
	 * ({@link TieRules#passable}) within the locality ({@link #local}).
	 */
	private static String directoryTies(int min, int max) {
		return "(()-[:" + DIRECTORY + "]-(y WHERE " + passableAndLocal("y") + ")){" + min + "," + max + "}";
	}

	/**
	 * Whether node {@code n} may be on a warm path, with {@code localBodies} bound ({@link #LOCAL_BODIES}): an
	 * organisation located, or a network covering, the household's municipality (or an area within it) or its
	 * prefecture. A warm introduction stays within the municipality and the prefecture-level bodies above it; people,
	 * activities and services lie between such organisations and networks, so their own place does not matter. A list
	 * of the bodies, not a subquery per node: the shortest-path search accepts no subquery in its node predicates.
	 */
	static String local(String n) {
		return CypherTemplate.compose("(NOT {{n}}:Organization|Network OR {{n}} IN localBodies)", Map.of("n", n));
	}

	private static String passableAndLocal(String n) {
		return TieRules.passable(n) + " AND " + local(n);
	}

	/**
	 * Cypher, with {@code home} bound (null or an area): {@code localBodies}, the organisations located in, and the
	 * networks covering, the municipality containing it (a designated city, not its ward), an area within that
	 * municipality, or its prefecture; empty without one.
	 */
	private static final String LOCAL_BODIES = """
			CALL (home) {
			  OPTIONAL MATCH (home)-[:PART_OF*0..2]->(municipality:Municipality)
			  WITH municipality LIMIT 1
			  WITH CASE WHEN municipality IS NULL THEN []
			    ELSE [municipality] + [(municipality)<-[:PART_OF*1..2]-(within:Area) | within]
			      + [(municipality)-[:PART_OF]->(prefecture:Prefecture) | prefecture] END AS areas
			  RETURN COLLECT {
			    UNWIND areas AS area
			    MATCH (area)<-[:LOCATED_IN|COVERS]-(body:Organization|Network)
			    RETURN DISTINCT body
			  } AS localBodies
			}""";

	/**
	 * Cypher, with household {@code h} bound: {@code volunteerSteps}, each 民生委員 who knows the household (assigned to
	 * the area it lives in or an area containing it, PART_OF*0..2) with the nearest such assignment as {@code entry},
	 * once for each directory tie ({@code first}) to a node a path may pass ({@code next}). Their paths to a service
	 * are searched from these next nodes, which they share (their 民児協), instead of from each of the dozens of them.
	 */
	private static final String VOLUNTEER_STEPS = CypherTemplate.compose("""
			CALL (h, localBodies) {
			  MATCH entry = (h)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(:Area)<-[tie:ASSIGNED_TO]-(knower:Person)
			  WHERE NOT coalesce(knower.archived, false)
			  WITH knower, entry, tie ORDER BY length(entry)
			  WITH knower, collect({entry: entry, since: tie.since})[0] AS nearest
			  MATCH (knower)-[first:{{directory}}]-(next) WHERE {{passable}}
			  RETURN collect({knower: knower, entry: nearest.entry, since: nearest.since, first: first, next: next})
			    AS volunteerSteps
			}""", Map.of("directory", DIRECTORY, "passable", passableAndLocal("next")));

	/** The household's open issues, the area it lives in, and its 民生委員's first directory ties. */
	private static final String HOUSEHOLD_FORM = CypherTemplate.compose("""
			MATCH (h:Household {id: $household})
			WHERE {{visible}}
			OPTIONAL MATCH (h)-[:LIVES_IN]->(home:Area)
			{{localBodies}}
			CALL (h) {
			  OPTIONAL MATCH (h)-[issue:HAS_ISSUE]->(n:Need) WHERE issue.status IN ['OPEN', 'IN_PROGRESS']
			  RETURN collect(DISTINCT n) AS needs
			}
			{{volunteerSteps}}
			WITH h, volunteerSteps, localBodies, h.id AS householdId, home, needs, [] AS unknownNeeds, coalesce(h.flags, []) AS flags
			""", Map.of("visible", HouseholdScope.VISIBLE, "localBodies", LOCAL_BODIES, "volunteerSteps", VOLUNTEER_STEPS));

	/** Without a household, a warm path can only start at the caller's own organisation. */
	private static final String NEEDS_FORM = CypherTemplate.compose("""
			OPTIONAL MATCH (home:Area {code: $area})
			{{localBodies}}
			CALL () {
			  UNWIND $needs AS code
			  OPTIONAL MATCH (n:Need {code: code})
			  RETURN collect(DISTINCT n) AS needs, collect(CASE WHEN n IS NULL THEN code END) AS unknownNeeds
			}
			OPTIONAL MATCH (caller:Organization {id: $viewer.organizationId}) WHERE NOT coalesce(caller.archived, false)
			WITH caller, localBodies, null AS householdId, home, needs, unknownNeeds, [] AS flags
			""", Map.of("localBodies", LOCAL_BODIES));

	/**
	 * Cypher, with household {@code h} and service {@code s} bound: {@code paths}, the warmest ways from supporters in
	 * live contact. The search runs through all of them at once instead of one search per supporter, and keeps the
	 * shortest path (then the knower's name, then id; strings compare by code point in Cypher, which orders names as
	 * Java does but for characters beyond U+FFFF).
	 */
	private static final String HOUSEHOLD_LIVE_PATHS = CypherTemplate.compose("""
			CALL (h, s, localBodies) {
			  MATCH p = ALL SHORTEST (h)<-[tie:SUPPORTS WHERE {{lastUse}} >= $liveSince]-(knower:Organization|Person WHERE NOT coalesce(knower.archived, false))
			    {{directoryTies}} (s)
			  WITH knower, tie, p ORDER BY length(p), knower.name, knower.id LIMIT 1
			  RETURN collect({via: 'SUPPORTER', knower: knower, since: tie.since, lastContact: tie.lastContact, entry: 1,
			    nodes: nodes(p), ties: relationships(p)}) AS live
			}
			RETURN live AS paths
			""", Map.of("lastUse", ContactProperties.lastUse("tie"), "directoryTies",
			directoryTies(1, DiscoveryService.MAX_DIRECTORY_TIES)));

	/**
	 * Cypher, with household {@code h}, its {@code volunteerSteps} and service {@code s} bound, for a service no
	 * supporter in live contact reaches: {@code others}, the ways from the other knowers that can be its warmest
	 * ({@link Ranking}). Each search runs through all its knowers at once and keeps the shortest path, as
	 * {@link #HOUSEHOLD_LIVE_PATHS} does:
	 * <ul>
	 * <li>supporters whose contact has lapsed and the record holder, one search (both start one tie from the household;
	 * the supporter first when one organisation is both, as in {@link #KNOWERS});</li>
	 * <li>organisations that accepted a referral;</li>
	 * <li>the 民生委員 of its area: their entry, their first directory tie, and the shortest path on from there, searched
	 * only as far as could still tie with the paths above ({@code reach}): no further path of theirs could be the
	 * warmest.</li>
	 * </ul>
	 * {@code entry} counts the ties before the knower.
	 */
	private static final String HOUSEHOLD_OTHER_PATHS = CypherTemplate.compose("""
			WITH h, volunteerSteps, localBodies, s, [] AS live
			CALL (h, s, live, localBodies) {
			  WITH h, s, localBodies WHERE live = []
			  MATCH p = ALL SHORTEST (h)-[tie:SUPPORTS|RECORD_HELD_BY WHERE type(tie) = 'RECORD_HELD_BY' OR NOT coalesce({{lastUse}} >= $liveSince, false)]-(knower:Organization|Person WHERE NOT coalesce(knower.archived, false))
			    {{directoryTies}} (s)
			  WITH knower, tie, p, type(tie) = 'SUPPORTS' AS supporter
			  ORDER BY length(p), knower.name, knower.id, supporter DESC LIMIT 1
			  RETURN collect({via: CASE WHEN supporter THEN 'SUPPORTER' ELSE 'RECORD_HOLDER' END, knower: knower,
			    since: tie.since, lastContact: tie.lastContact, entry: 1, nodes: nodes(p), ties: relationships(p)}) AS held
			}
			CALL (h, s, live, localBodies) {
			  WITH h, s, localBodies WHERE live = []
			  MATCH p = ALL SHORTEST (h)<-[:FOR]-(referral:Referral WHERE referral.status IN ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'])-[:TO]->(knower:Organization WHERE NOT coalesce(knower.archived, false))
			    {{directoryTies}} (s)
			  WITH knower, referral, p ORDER BY length(p), knower.name, knower.id LIMIT 1
			  RETURN collect({via: 'REFERRAL_ACCEPTED', knower: knower,
			    since: date(datetime({datetime: referral.respondedAt, timezone: '{{zone}}'})), lastContact: null,
			    entry: 2, nodes: nodes(p), ties: relationships(p)}) AS referred
			}
			CALL (s, live, held, referred, volunteerSteps, localBodies) {
			  WITH s, volunteerSteps, localBodies,
			       reduce(shortest = 99, path IN held + [path IN referred | path {.*, ties: path.ties[2..]}]
			              | CASE WHEN size(path.ties) < shortest THEN size(path.ties) ELSE shortest END)
			       - reduce(nearest = 99, step IN volunteerSteps
			              | CASE WHEN length(step.entry) < nearest THEN length(step.entry) ELSE nearest END) - 1 AS reach
			  WHERE live = [] AND reach >= 0
			  UNWIND volunteerSteps AS step
			  WITH DISTINCT s, localBodies, reach, step.next AS next
			  CALL (s, reach, next, localBodies) {
			    CALL (s, reach, next, localBodies) {
			      MATCH rest = (next) WHERE next = s
			      RETURN rest
			      UNION ALL
			      MATCH rest = (next)-[:{{directory}}]-(s) WHERE reach >= 1
			      RETURN rest
			      UNION ALL
			      MATCH rest = (next)-[:{{directory}}]-(y)-[:{{directory}}]-(s) WHERE reach = 2 AND {{passable}}
			      RETURN rest
			      UNION ALL
			      WITH s, next, localBodies WHERE reach > 2
			      MATCH rest = ANY SHORTEST (next) {{shorterDirectoryTies}} (s)
			      RETURN rest
			    }
			    WITH rest ORDER BY length(rest) LIMIT 1
			    RETURN rest
			  }
			  RETURN collect({next: next, rest: rest}) AS reached
			}
			CALL (volunteerSteps, reached) {
			  UNWIND volunteerSteps AS step
			  UNWIND [way IN reached WHERE way.next = step.next | way.rest] AS rest
			  WITH step, rest ORDER BY length(step.entry) + 1 + length(rest), step.knower.name, step.knower.id LIMIT 1
			  RETURN collect({via: 'DISTRICT_VOLUNTEER', knower: step.knower, since: step.since, lastContact: null,
			    entry: length(step.entry), nodes: nodes(step.entry) + nodes(rest),
			    ties: relationships(step.entry) + [step.first] + relationships(rest)}) AS assigned
			}
			RETURN held + assigned + referred AS others
			""", Map.of("lastUse", ContactProperties.lastUse("tie"), "directoryTies",
			directoryTies(1, DiscoveryService.MAX_DIRECTORY_TIES), "zone", JapanDate.ZONE.getId(), "directory", DIRECTORY,
			"passable", passableAndLocal("y"), "shorterDirectoryTies", directoryTies(0, DiscoveryService.MAX_DIRECTORY_TIES - 1)));

	/**
	 * Cypher, with {@code caller} (the caller's organisation, or null) and service {@code s} bound: {@code paths}. The
	 * caller's organisation is the only start, so there are no {@code others}.
	 */
	private static final String CALLER_PATHS = CypherTemplate.compose("""
			MATCH p = ANY SHORTEST (caller) {{directoryTies}} (s)
			RETURN collect({via: 'CALLER_ORGANIZATION', knower: caller, since: null, lastContact: null, entry: 0,
			  nodes: nodes(p), ties: relationships(p)}) AS paths
			""", Map.of("directoryTies", directoryTies(1, DiscoveryService.MAX_DIRECTORY_TIES)));

	private static final String NO_OTHER_PATHS = "RETURN [] AS others";

	/**
	 * Later stages of the risk pathways the household's profile follows: a pathway is followed from a stage the needs
	 * show when they show every stage before it too (a job loss alone follows 失業→生活苦→…, not a pathway that starts
	 * with a crime), or when the household is of the pathway's group ({@link #PATHWAY_PROFILES}: a freelance household
	 * follows the 自営者 pathways from any stage); needs of one stage occur together (「+」), so neither is the later of
	 * the other; then the services available on the area's
	 * chain (its own area, then those containing it) that address a sought need itself or a broader need, found from
	 * the chain's areas (a need is addressed by services all over the country, an area's chain holds a few hundred);
	 * and the warm paths of the services in {@code $pathsFor}: the searches cost most, and a page needs them only for
	 * the services that can rank on it ({@link DiscoveryService}). First the warmest ({@code warmestPaths}, with {@code bound}
	 * bound); then, for a service they miss, the others ({@code otherPaths}), unless it is among {@code $lowest} and at least
	 * {@code $enough} of those have a warmest path: the page then ends before any service without one.
	 */
	private static final String DISCOVER = """
			CALL (needs, flags) {
			  UNWIND needs AS issue
			  MATCH (issue)-[:BROADER*0..3]->(shown:Need)<-[step:HAS_STEP]-(pathway:RiskPathway)
			  WHERE $preventive
			  WITH pathway, collect(DISTINCT step.position) AS stages, collect(DISTINCT {need: shown, position: step.position}) AS shownSteps
			  UNWIND shownSteps AS first
			  WITH pathway, first WHERE any(profile IN $pathwayProfiles WHERE profile.group = pathway.groupJa AND profile.flag IN flags)
			    OR all(stage IN range(1, first.position - 1) WHERE stage IN stages)
			  MATCH (pathway)-[later:HAS_STEP]->(next:Need)
			  WHERE later.position > first.position AND NOT next IN needs
			  RETURN collect(DISTINCT {pathway: pathway, trigger: first.need, need: next}) AS risks
			}
			CALL (needs, risks) {
			  UNWIND needs + [link IN risks | link.need] AS sought
			  MATCH (sought)-[:BROADER*0..3]->(covered:Need)
			  RETURN collect(DISTINCT {need: sought.code, covered: covered}) AS covering
			}
			CALL (home, covering, {{bound}}) {
			  UNWIND [(home){{within}}(x:Area) | x] + {{regions}} AS area
			  CALL (area, covering) {
			    MATCH (area)<-[:AVAILABLE_IN]-(s:Service)-[:ADDRESSES]->(covered:Need)
			    WHERE covered IN [link IN covering | link.covered]
			    RETURN s, [link IN covering WHERE link.covered = covered | link.need] AS codes
			  }
			  UNWIND codes AS code
			  WITH {{bound}}, s, collect(DISTINCT code) AS addressed, collect(DISTINCT area) AS areas
			  WHERE {{usable}}
			  OPTIONAL CALL ({{bound}}, s) {
			    WITH {{bound}}, s WHERE s.id IN $pathsFor
			    {{warmestPaths}}
			  }
			  WITH {{bound}}, collect({service: s, addressed: addressed, areas: areas, paths: coalesce(paths, [])}) AS found
			  WITH {{bound}}, found,
			       size([c IN found WHERE c.service.id IN $lowest AND c.paths <> []]) >= $enough AS lowestFilled
			  UNWIND found AS candidate
			  OPTIONAL CALL ({{bound}}, candidate, lowestFilled) {
			    WITH {{bound}}, candidate.service AS s
			    WHERE candidate.paths = [] AND s.id IN $pathsFor AND NOT (lowestFilled AND s.id IN $lowest)
			    {{otherPaths}}
			  }
			  RETURN collect(candidate {.*, paths: candidate.paths + coalesce(others, [])}) AS candidates
			}
			RETURN householdId, home, unknownNeeds, needs, risks, candidates
			""";

	static final String DISCOVER_FOR_HOUSEHOLD = HOUSEHOLD_FORM + CypherTemplate.compose(DISCOVER,
			Map.of("within", Areas.WITHIN, "regions", Areas.regionsOf("home"), "bound", "h, volunteerSteps, localBodies", "warmestPaths", HOUSEHOLD_LIVE_PATHS, "usable",
					ServiceRules.USABLE, "otherPaths", HOUSEHOLD_OTHER_PATHS));

	static final String DISCOVER_FOR_NEEDS = NEEDS_FORM + CypherTemplate.compose(DISCOVER,
			Map.of("within", Areas.WITHIN, "regions", Areas.regionsOf("home"), "bound", "caller, localBodies", "warmestPaths", CALLER_PATHS, "usable", ServiceRules.USABLE,
					"otherPaths", NO_OTHER_PATHS));

	static final String WHO_KNOWS = CypherTemplate.compose("""
			MATCH (h:Household {id: $household})
			WHERE {{visible}}
			CALL (h) {
			  {{knowers}}
			  WITH knower, collect(DISTINCT {kind: kind, since: since, lastContact: lastContact}) AS ties
			  WITH knower, ties,
			    [(knower)-[:MEMBER_OF]->(n:Network) WHERE NOT coalesce(n.archived, false) | n]
			    + [(knower)-[:WORKS_FOR|BELONGS_TO]->(:Organization)-[:MEMBER_OF]->(n:Network)
			       WHERE NOT coalesce(n.archived, false) | n] AS networks
			  WITH collect({knower: knower, ties: ties, networks: networks}) AS rows
			  RETURN [row IN rows | row {.knower, .ties, networks: [n IN row.networks | n.id]}] AS knowers,
			    COLLECT { UNWIND rows AS row UNWIND row.networks AS n RETURN DISTINCT n } AS networks
			}
			RETURN h.id AS householdId, knowers, networks
			""", Map.of("visible", HouseholdScope.VISIBLE, "knowers", KNOWERS));

	/** Household flags that place a household in a risk pathway's group (groupJa of seed 003's headings). */
	static final List<Map<String, String>> PATHWAY_PROFILES = List.of(Map.of("group", "自営者", "flag", "FREELANCE"));

	private static final TiePath NO_ENTRY = new TiePath(List.of(), List.of());

	private final ReactiveNeo4jClient client;

	DiscoveryQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	/**
	 * Empty when the caller may not see the household.
	 *
	 * @param liveSince a support tie last used before this day has lapsed
	 * @param paths the warm paths to search; services outside it come without paths
	 */
	Mono<Found> forHousehold(HouseholdAccess access, String householdId, boolean preventive, LocalDate liveSince,
			PathPlan paths) {
		Map<String, Object> parameters = of("household", householdId, "viewer", access.viewer(), "preventive",
				preventive, "liveSince", liveSince, "pathwayProfiles", PATHWAY_PROFILES);
		parameters.putAll(paths.parameters());
		return find(DISCOVER_FOR_HOUSEHOLD, parameters, liveSince);
	}

	/** @param paths the warm paths to search; services outside it come without paths */
	Mono<Found> forNeeds(Caller caller, List<String> needCodes, String areaCode, boolean preventive,
			LocalDate liveSince, PathPlan paths) {
		Map<String, Object> parameters = of("needs", needCodes, "area", areaCode, "viewer", caller.asParameter(),
				"preventive", preventive, "pathwayProfiles", PATHWAY_PROFILES);
		parameters.putAll(paths.parameters());
		return find(DISCOVER_FOR_NEEDS, parameters, liveSince);
	}

	/** Empty when the caller may not see the household. */
	Mono<List<KnownBy>> whoKnows(HouseholdAccess access, String householdId) {
		return client.query(WHO_KNOWS)
			.bindAll(of("household", householdId, "viewer", access.viewer()))
			.fetchAs(List.class)
			.mappedBy((types, record) -> {
				Map<String, Network> networks = record.get("networks")
					.asList(network -> Network.from(network.asNode()))
					.stream()
					.collect(Collectors.toMap(Network::id, network -> network));
				return record.get("knowers").asList(knower -> knownBy(knower, networks));
			})
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
					: record.get("householdId").asString(),
					record.get("home").isNull() ? null : Area.from(record.get("home").asNode()),
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

	/** A referral is never shown on a path: the path then starts at the organisation that accepted it. */
	private static WarmPath warmPath(Value path, LocalDate liveSince) {
		KnowerKind via = KnowerKind.valueOf(path.get("via").asString());
		List<Node> nodes = path.get("nodes").asList(Value::asNode);
		List<Relationship> ties = path.get("ties").asList(Value::asRelationship);
		int entry = path.get("entry").asInt();
		TiePath shownEntry = entry == 0 || via == KnowerKind.REFERRAL_ACCEPTED ? NO_ENTRY
				: TiePath.of(nodes.subList(0, entry + 1), ties.subList(0, entry));
		return new WarmPath(via, MapNode.from(path.get("knower").asNode()), shownEntry,
				TiePath.of(nodes.subList(entry, nodes.size()), ties.subList(entry, ties.size())),
				via.live(date(path.get("since")), date(path.get("lastContact")), liveSince));
	}

	/** Each network is sent once, however many knowers belong to it: a 民児協's networks are every member's. */
	private static KnownBy knownBy(Value value, Map<String, Network> networks) {
		return new KnownBy(MapNode.from(value.get("knower").asNode()),
				value.get("ties")
					.asList(tie -> new KnownBy.Tie(KnowerKind.valueOf(tie.get("kind").asString()), date(tie.get("since")),
							date(tie.get("lastContact")))),
				value.get("networks").asList(id -> networks.get(id.asString())));
	}

	private static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	/**
	 * What one discovery statement found.
	 *
	 * @param householdId null for the needs form
	 * @param home the area (the household's, or the one asked for); null when there is none
	 * @param unknownNeeds needs asked for that the taxonomy lacks
	 * @param needs the household's open issues, or the needs asked for
	 * @param risks later steps of risk pathways the needs start
	 */
	record Found(String householdId, Area home, List<String> unknownNeeds, List<Need> needs,
			List<PreventiveLink> risks, List<Candidate> candidates) {

		boolean areaKnown() {
			return home != null;
		}
	}

	/** Someone who knows a household, as stored: each tie by which they know it, and their networks. */
	record KnownBy(MapNode knower, List<Tie> ties, List<Network> networks) {

		record Tie(KnowerKind kind, LocalDate since, LocalDate lastContact) {
		}
	}
}
