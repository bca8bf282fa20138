package jp.tsunagu.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Prepares a run on whatever data the hub holds: signs the bench coordinators in (creating their accounts as the
 * administrator when needed), picks real targets — the councils with the most households and their households, the
 * municipalities nearest 100,000 people, pairs of organisations, search words, list filters — and writes each
 * scenario's requests to {@code requests/<scenario>.jsonl}, with a summary in {@code targets.json}. Ids are picked
 * with Cypher over Bolt (quicker than paging the API); list cursors come from the hub itself.
 */
final class Setup {

	private static final String COUNCILS = """
			MATCH (c:Council)<-[:RECORD_HELD_BY]-(h:Household)
			WHERE h.protection = 'NONE' AND NOT coalesce(h.archived, false) AND NOT coalesce(c.archived, false)
			WITH c, count(h) AS households ORDER BY households DESC, c.id LIMIT $councils
			OPTIONAL MATCH (c)-[:LOCATED_IN]->(area:Area)
			RETURN c.id AS id, c.name AS name, area.code AS area, households""";

	private static final String HOUSEHOLDS_OF_COUNCIL = """
			MATCH (:Council {id: $council})<-[:RECORD_HELD_BY]-(h:Household)
			WHERE h.protection = 'NONE' AND NOT coalesce(h.archived, false)
			RETURN h.id AS id ORDER BY h.code LIMIT $limit""";

	private static final String OPEN_NEEDS_OF_COUNCIL = """
			MATCH (:Council {id: $council})<-[:RECORD_HELD_BY]-(h:Household)-[issue:HAS_ISSUE]->(n:Need)
			WHERE issue.status IN ['OPEN', 'IN_PROGRESS']
			RETURN n.code AS code, count(*) AS households ORDER BY households DESC, code LIMIT 2""";

	private static final String MUNICIPALITIES_NEAR_100K = """
			MATCH (m:Municipality) WHERE m.population IS NOT NULL
			  AND EXISTS { (:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m) }
			RETURN m.code AS code, m.name AS name, m.population AS population
			ORDER BY abs(m.population - 100000), m.code LIMIT 3""";

	private static final String CONNECTED_ORGANIZATIONS_IN = """
			MATCH (o:Organization)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(:Area {code: $area})
			WHERE NOT coalesce(o.archived, false) AND EXISTS { (o)-[:MEMBER_OF|COLLABORATES_WITH]-() }
			RETURN o.id AS id ORDER BY o.id LIMIT 60""";

	private static final String ORGANIZATION_NAMES = """
			MATCH (o:Organization) WHERE NOT coalesce(o.archived, false)
			RETURN o.name AS name ORDER BY o.id LIMIT 40""";

	private static final String NEEDS_WITH_SERVICES = """
			MATCH (n:Need)<-[:ADDRESSES]-(s:Service) WHERE NOT coalesce(s.archived, false)
			RETURN n.code AS code, count(s) AS services ORDER BY services DESC, code LIMIT 4""";

	private static final String BENCH_ORGANIZATIONS = """
			MATCH (o:Organization) WHERE o.name STARTS WITH $prefix RETURN o.id AS id ORDER BY o.name""";

	private static final String COUNTS = """
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			CALL () { MATCH (h:Household) RETURN count(h) AS households }
			CALL () { MATCH (o:Organization) RETURN count(o) AS organizations }
			RETURN nodes, relationships, households, organizations""";

	/** Names of the few organisations the writes of the mix update (created once, kept with the data). */
	private static final String BENCH_ORGANIZATION_PREFIX = "ベンチマーク用の団体 ";

	private static final int BENCH_ORGANIZATIONS_WANTED = 5;

	private static final List<String> ORGANIZATION_KINDS = java.util.Arrays.asList(null, "SOCIAL_WELFARE_CORPORATION",
			"NPO", "FACILITY");

	private static final List<String> COMMON_WORDS = List.of("相談", "子ども食堂", "フードバンク", "就労", "福祉会", "見守り");

	private final Settings settings;

	private final HubClient hub;

	private final String adminPassword;

	record Council(String id, String name, String area, long households, String account, List<String> householdIds,
			List<String> openNeeds) {
	}

	Setup(Settings settings, String adminPassword) {
		this.settings = settings;
		this.hub = new HubClient(settings.hubUrl());
		this.adminPassword = adminPassword;
	}

	void run() {
		try (Driver driver = Bolt.driver(settings)) {
			Record counts = Bolt.read(driver, COUNTS, Map.of()).get(0);
			System.out.printf("Data: %,d nodes, %,d relationships, %,d households, %,d organisations%n",
					counts.get("nodes").asLong(), counts.get("relationships").asLong(),
					counts.get("households").asLong(), counts.get("organizations").asLong());
			List<Council> councils = councils(driver);
			BenchAccounts accounts = accounts(councils);
			Map<String, String> tokens = accounts.signInAll(hub);
			List<Map<String, Object>> mapAreas = Bolt.read(driver, MUNICIPALITIES_NEAR_100K, Map.of())
				.stream()
				.map(Record::asMap)
				.toList();
			if (mapAreas.isEmpty()) {
				throw new BenchException("no municipality with organisations and a population: is the data loaded?");
			}
			mapAreas.forEach(area -> System.out.printf("Network map area: %s %s (%,d people)%n", area.get("code"),
					area.get("name"), (Long) area.get("population")));
			List<String> areas = new ArrayList<>(new LinkedHashSet<>(concat(
					mapAreas.stream().map(area -> (String) area.get("code")).toList(),
					councils.stream().map(Council::area).filter(java.util.Objects::nonNull).toList())));

			Map<Scenario, List<PreparedRequest>> requests = new LinkedHashMap<>();
			requests.put(Scenario.DISCOVER, householdRequests(councils, Documents.DISCOVER));
			requests.put(Scenario.WHO_KNOWS, householdRequests(councils, Documents.WHO_KNOWS));
			requests.put(Scenario.CONNECTION_PATH, pathRequests(driver, areas, councils));
			requests.put(Scenario.NETWORK_MAP, mapRequests(mapAreas, councils, tokens));
			requests.put(Scenario.LISTS, listRequests(driver, areas, councils, tokens));
			requests.put(Scenario.SEARCH, searchRequests(driver, mapAreas, councils));
			requests.put(Scenario.WRITE, writeRequests(driver, councils, tokens));
			requests.forEach((scenario, prepared) -> {
				PreparedRequest.save(settings.requests(), scenario, prepared);
				System.out.printf("%-15s %4d requests prepared%n", scenario.label(), prepared.size());
			});

			Map<String, Object> targets = new LinkedHashMap<>();
			targets.put("data", counts.asMap());
			targets.put("councils", councils.stream()
				.map(c -> Map.of("name", c.name(), "households", c.households(), "account", c.account()))
				.toList());
			targets.put("mapAreas", mapAreas);
			Json.writeFile(settings.run().resolve("targets.json"), targets);
		}
	}

	private List<Council> councils(Driver driver) {
		List<Council> councils = new ArrayList<>();
		int perCouncil = Math.max(1, settings.records() / settings.councils());
		for (Record council : Bolt.read(driver, COUNCILS, Map.of("councils", settings.councils()))) {
			String id = council.get("id").asString();
			List<String> households = Bolt.read(driver, HOUSEHOLDS_OF_COUNCIL, Map.of("council", id, "limit", perCouncil))
				.stream()
				.map(r -> r.get("id").asString())
				.toList();
			List<String> needs = Bolt.read(driver, OPEN_NEEDS_OF_COUNCIL, Map.of("council", id))
				.stream()
				.map(r -> r.get("code").asString())
				.toList();
			councils.add(new Council(id, council.get("name").asString(), council.get("area").asString(null),
					council.get("households").asLong(), BenchAccounts.usernameFor(id), households, needs));
			System.out.printf("Council %s: %,d households (record holder), %d picked, as %s%n",
					council.get("name").asString(), council.get("households").asLong(), households.size(),
					BenchAccounts.usernameFor(id));
		}
		if (councils.isEmpty()) {
			throw new BenchException("no council holds the record of a household: load the demo or generated data first");
		}
		return councils;
	}

	/** A coordinator account per council, created as the administrator when missing or when its password is lost. */
	private BenchAccounts accounts(List<Council> councils) {
		BenchAccounts accounts = BenchAccounts.in(settings.work());
		String admin = null;
		for (Council council : councils) {
			BenchAccounts.Account known = accounts.get(council.account());
			if (known != null && known.organizationId().equals(council.id()) && signsIn(known)) {
				continue;
			}
			if (admin == null) {
				admin = hub.signIn("admin", adminPassword);
			}
			JsonNode created = hub
				.query(admin, Documents.CREATE_ACCOUNT, Map.of("input",
						Map.of("username", council.account(), "role", "COORDINATOR", "organizationId", council.id())))
				.path("createAccount");
			String password = created.path("password").asText(null);
			if (password == null) {
				// the account exists (created by an earlier setup whose password file is gone): a new password
				password = hub
					.query(admin, Documents.RESET_PASSWORD, Map.of("input", Map.of("username", council.account())))
					.path("resetAccountPassword")
					.path("password")
					.asText(null);
				if (password == null) {
					throw new BenchException("cannot create the account " + council.account() + ": " + created);
				}
			}
			accounts.put(new BenchAccounts.Account(council.account(), password, council.id(), council.name()));
		}
		return accounts;
	}

	private boolean signsIn(BenchAccounts.Account account) {
		try {
			hub.signIn(account.username(), account.password());
			return true;
		}
		catch (BenchException ex) {
			return false;
		}
	}

	/** The councils' households in turn, each as its council's coordinator. */
	private List<PreparedRequest> householdRequests(List<Council> councils, String document) {
		List<PreparedRequest> requests = new ArrayList<>();
		for (int i = 0; requests.size() < settings.records(); i++) {
			boolean any = false;
			for (Council council : councils) {
				if (i < council.householdIds().size()) {
					requests.add(new PreparedRequest(council.account(),
							HubClient.body(document, Map.of("household", council.householdIds().get(i)))));
					any = true;
				}
			}
			if (!any) {
				break;
			}
		}
		return requests;
	}

	/** Pairs of organisations in networks or collaborations: mostly within one area, every fifth across two. */
	private List<PreparedRequest> pathRequests(Driver driver, List<String> areas, List<Council> councils) {
		List<List<String>> organizations = areas.stream()
			.map(area -> Bolt.read(driver, CONNECTED_ORGANIZATIONS_IN, Map.of("area", area))
				.stream()
				.map(r -> r.get("id").asString())
				.toList())
			.filter(ids -> ids.size() >= 2)
			.toList();
		if (organizations.isEmpty()) {
			throw new BenchException("no two organisations in a network or collaboration in " + areas);
		}
		Set<String> seen = new LinkedHashSet<>();
		List<PreparedRequest> requests = new ArrayList<>();
		for (int i = 0; requests.size() < settings.records() && i < settings.records() * 4; i++) {
			List<String> here = organizations.get(i % organizations.size());
			List<String> there = i % 5 == 4 ? organizations.get((i + 1) % organizations.size()) : here;
			String from = here.get(i % here.size());
			String to = there.get((i * 7 + 3) % there.size());
			if (!from.equals(to) && seen.add(from + to)) {
				requests.add(new PreparedRequest(councils.get(i % councils.size()).account(),
						HubClient.body(Documents.CONNECTION_PATH, Map.of("from", from, "to", to))));
			}
		}
		return requests;
	}

	/** The first pages of the maps of the municipalities nearest 100,000 people (cursors from the hub). */
	private List<PreparedRequest> mapRequests(List<Map<String, Object>> areas, List<Council> councils,
			Map<String, String> tokens) {
		List<PreparedRequest> requests = new ArrayList<>();
		String account = councils.get(0).account();
		for (Map<String, Object> area : areas) {
			Map<String, Object> variables = new LinkedHashMap<>(Map.of("area", area.get("code")));
			for (int page = 0; page < 3; page++) {
				PreparedRequest request = new PreparedRequest(account, HubClient.body(Documents.NETWORK_MAP, variables));
				requests.add(request);
				JsonNode pageInfo = hub.send(tokens.get(account), request.body()).path("data").path("networkMap").path("pageInfo");
				if (!pageInfo.path("hasNextPage").asBoolean()) {
					break;
				}
				variables = new LinkedHashMap<>(variables);
				variables.put("after", pageInfo.path("endCursor").asText());
			}
		}
		return requests;
	}

	/** Organisations, services and households with filters, the first and the second page of each. */
	private List<PreparedRequest> listRequests(Driver driver, List<String> areas, List<Council> councils,
			Map<String, String> tokens) {
		List<String> needs = Bolt.read(driver, NEEDS_WITH_SERVICES, Map.of())
			.stream()
			.map(r -> r.get("code").asString())
			.toList();
		List<List<PreparedRequest>> kinds = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		String anyAccount = councils.get(0).account();
		for (String area : areas) {
			for (String kind : ORGANIZATION_KINDS) {
				Map<String, Object> filter = new LinkedHashMap<>();
				filter.put("area", area);
				if (kind != null) {
					filter.put("kind", kind);
				}
				kinds.get(0).addAll(pages(Documents.ORGANIZATIONS, "organizations", filter, anyAccount, tokens));
			}
			for (String need : needs) {
				kinds.get(1).addAll(pages(Documents.SERVICES, "services", Map.of("area", area, "need", need),
						anyAccount, tokens));
			}
		}
		for (Council council : councils) {
			kinds.get(2).addAll(pages(Documents.HOUSEHOLDS, "households", Map.of(), council.account(), tokens));
			for (String need : council.openNeeds()) {
				kinds.get(2).addAll(pages(Documents.HOUSEHOLDS, "households", Map.of("need", need), council.account(), tokens));
			}
			if (council.area() != null) {
				kinds.get(2).addAll(pages(Documents.HOUSEHOLDS, "households", Map.of("area", council.area()),
						council.account(), tokens));
			}
		}
		List<PreparedRequest> requests = new ArrayList<>();
		for (int i = 0; requests.size() < settings.records(); i++) {
			boolean any = false;
			for (List<PreparedRequest> ofKind : kinds) {
				if (i < ofKind.size()) {
					requests.add(ofKind.get(i));
					any = true;
				}
			}
			if (!any) {
				break;
			}
		}
		return requests;
	}

	private List<PreparedRequest> pages(String document, String field, Map<String, Object> filter, String account,
			Map<String, String> tokens) {
		PreparedRequest first = new PreparedRequest(account, HubClient.body(document, Map.of("filter", filter)));
		JsonNode pageInfo = hub.send(tokens.get(account), first.body()).path("data").path(field).path("pageInfo");
		if (!pageInfo.path("hasNextPage").asBoolean()) {
			return List.of(first);
		}
		return List.of(first, new PreparedRequest(account, HubClient.body(document,
				Map.of("filter", filter, "after", pageInfo.path("endCursor").asText()))));
	}

	/**
	 * Words people search for: the first characters of organisations' names (legal-form prefixes left out), the
	 * names of the towns in the benchmark, and a few common words.
	 */
	private List<PreparedRequest> searchRequests(Driver driver, List<Map<String, Object>> mapAreas, List<Council> councils) {
		Set<String> words = new LinkedHashSet<>();
		for (Record record : Bolt.read(driver, ORGANIZATION_NAMES, Map.of())) {
			String name = record.get("name").asString()
				.replaceFirst("^(社会福祉法人|特定非営利活動法人|NPO法人|一般社団法人|公益社団法人|一般財団法人|株式会社|有限会社|合同会社)", "")
				.strip();
			if (name.codePointCount(0, name.length()) >= 2) {
				words.add(name.substring(0, name.offsetByCodePoints(0, Math.min(3, name.codePointCount(0, name.length())))));
			}
		}
		mapAreas.forEach(area -> words.add(stem((String) area.get("name"))));
		councils.forEach(council -> words.add(stem(council.name().replace("社会福祉協議会", ""))));
		words.addAll(COMMON_WORDS);
		words.removeIf(word -> word.codePointCount(0, word.length()) < 2);
		List<PreparedRequest> requests = new ArrayList<>();
		int i = 0;
		for (String word : words) {
			requests.add(new PreparedRequest(councils.get(i++ % councils.size()).account(),
					HubClient.body(Documents.SEARCH, Map.of("text", word))));
		}
		return requests.subList(0, Math.min(requests.size(), settings.records()));
	}

	private static String stem(String areaName) {
		return areaName.length() > 2 ? areaName.replaceFirst("[市町村区]$", "") : areaName;
	}

	/**
	 * The writes of the mix, kept small and repeatable: four in five record a council's contact with one of its
	 * households today (addSupport; the tie exists after the first), one in five updates the description of one of a
	 * few organisations the benchmark created for this.
	 */
	private List<PreparedRequest> writeRequests(Driver driver, List<Council> councils, Map<String, String> tokens) {
		List<String> organizations = benchOrganizations(driver, councils.get(0), tokens);
		String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
		List<PreparedRequest> requests = new ArrayList<>();
		List<PreparedRequest> supports = new ArrayList<>();
		for (Council council : councils) {
			for (String household : council.householdIds()) {
				supports.add(new PreparedRequest(council.account(), HubClient.body(Documents.ADD_SUPPORT, Map.of("input",
						Map.of("householdId", household, "supporterId", council.id(), "lastContact", today)))));
			}
		}
		for (int i = 0; requests.size() < settings.records() && i < supports.size(); i++) {
			requests.add(supports.get(i));
			if (i % 4 == 3) {
				requests.add(new PreparedRequest(councils.get(0).account(),
						HubClient.body(Documents.UPDATE_ORGANIZATION, Map.of("input", Map.of("id",
								organizations.get(i % organizations.size()), "description",
								"ベンチマークの書き込み " + (i % 3))))));
			}
		}
		return requests;
	}

	private List<String> benchOrganizations(Driver driver, Council council, Map<String, String> tokens) {
		List<String> ids = new ArrayList<>(Bolt.read(driver, BENCH_ORGANIZATIONS, Map.of("prefix", BENCH_ORGANIZATION_PREFIX))
			.stream()
			.map(r -> r.get("id").asString())
			.toList());
		while (ids.size() < BENCH_ORGANIZATIONS_WANTED) {
			if (council.area() == null) {
				throw new BenchException("council " + council.name() + " has no location to put the bench organisations in");
			}
			JsonNode created = hub
				.query(tokens.get(council.account()), Documents.CREATE_ORGANIZATION, Map.of("input",
						Map.of("name", BENCH_ORGANIZATION_PREFIX + (ids.size() + 1), "kind", "NPO", "locationCode",
								council.area())))
				.path("createOrganization");
			if (created.path("organization").isNull() || created.path("organization").isMissingNode()) {
				throw new BenchException("cannot create a bench organisation: " + created.path("errors"));
			}
			ids.add(created.path("organization").path("id").asText());
		}
		return ids;
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		List<T> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}
}
