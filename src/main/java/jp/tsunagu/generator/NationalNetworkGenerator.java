package jp.tsunagu.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jp.tsunagu.bulk.BulkLoader;
import jp.tsunagu.bulk.BulkStep;
import jp.tsunagu.bulk.LoadReport;
import jp.tsunagu.bulk.StepReport;
import jp.tsunagu.generator.NationalPlan.City;
import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.generator.Places.Prefecture;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Service;

/**
 * Generates a synthetic national welfare network at a scale and writes it in one streaming pass: areas, organisations,
 * people, networks, collaborations, services, then the borrower households. The same seed, scale and input give the
 * same graph; a rerun resumes from the run's checkpoints.
 */
@Service
public class NationalNetworkGenerator {

	private final Driver driver;

	NationalNetworkGenerator(Driver driver) {
		this.driver = driver;
	}

	/** The places a run generates over: the files given or found, else the synthetic list of the seed. */
	static Places places(GeneratorOptions options) throws IOException {
		return options.municipalities() == null ? SyntheticPlaces.create(options.seed())
				: Places.read(options.prefectures(), options.municipalities());
	}

	public LoadReport generate(GeneratorOptions options, PrintStream out) throws IOException {
		Places places = places(options);
		NationalPlan plan = new NationalPlan(places, options.scale(), options.seed());
		String run = options.runKey(places.source());
		out.printf("Generating at scale %s with seed %d from %s: %,d municipalities (%,d places with wards), %,d of %,d people%n",
				options.scale(), options.seed(), options.municipalities() == null ? "a synthetic list" : options.municipalities(),
				plan.cities().size(), plan.units().size(), plan.population(), plan.nationalPopulation());
		out.printf("Expected: %,d households, %,d 民生委員, %,d 社会福祉法人, %,d NPO法人, %,d districts (run \"%s\")%n",
				plan.total(Quota.HOUSEHOLDS), plan.total(Quota.VOLUNTEERS), plan.total(Quota.CORPORATIONS),
				plan.total(Quota.NPOS), plan.total(Quota.DISTRICTS), run);
		BulkLoader loader = new BulkLoader(driver, run, options.batchSize(), out, options.progressEvery(),
				options.stopAfterBatches());
		for (BulkStep step : steps(plan, options, vocabulary())) {
			StepReport report = loader.load(step);
			if (!report.completed()) {
				break;
			}
		}
		LoadReport report = loader.report();
		out.println((report.completed() ? "Done: " : "Stopped: ") + report.summary());
		printTotals(out);
		return report;
	}

	List<BulkStep> steps(NationalPlan plan, GeneratorOptions options, HouseholdBatches.Vocabulary vocabulary) {
		long seed = options.seed();
		Organizations organizations = new Organizations(seed, new HelloWorkDistricts(plan.everyUnit(), plan.units()));
		PeopleRows people = new PeopleRows(seed, organizations);
		AreaRows areas = new AreaRows(organizations);
		OrganizationRows orgs = new OrganizationRows(organizations);
		NetworkRows networks = new NetworkRows(seed, organizations, people);
		ServiceRows services = new ServiceRows(seed, organizations);
		CollaborationRows collaborations = new CollaborationRows(seed, organizations, plan.cities());
		CommissionRows commissions = new CommissionRows(seed, organizations, networks);
		HouseholdRows households = new HouseholdRows(seed, organizations, people);
		List<City> cities = plan.cities();
		List<Unit> units = plan.units();
		List<Prefecture> prefectures = touchedPrefectures(plan);
		List<Prefecture> all = plan.prefectures();

		List<BulkStep> steps = new ArrayList<>();
		steps.add(counted("prefectures", StepCypher.PREFECTURES, StepRows.lazily(all, p -> List.of(areas.prefecture(p)))));
		steps.add(counted("municipalities", StepCypher.AREAS, StepRows.lazily(cities, areas::municipality)));
		steps.add(counted("wards", StepCypher.AREAS, StepRows.lazily(cities, areas::wards)));
		steps.add(counted("districts", StepCypher.AREAS, StepRows.lazily(units, areas::districts)));
		steps.add(counted("organizations", StepCypher.ORGANIZATIONS, concat(
				StepRows.lazily(List.of(plan), orgs::national),
				StepRows.lazily(prefectures, p -> orgs.prefecture(p, all.indexOf(p))),
				StepRows.lazily(cities, orgs::city))));
		steps.add(counted("volunteers", StepCypher.VOLUNTEERS, StepRows.lazily(units, people::volunteers)));
		steps.add(counted("staff", StepCypher.STAFF, StepRows.lazily(cities, people::staff)));
		steps.add(counted("networks", StepCypher.NETWORKS, concat(
				StepRows.lazily(List.of(plan), p -> networks.national(p, prefectures)),
				StepRows.lazily(prefectures, p -> networks.prefecture(p, all.indexOf(p), citiesOf(cities, p))),
				StepRows.lazily(cities, networks::city))));
		steps.add(counted("commissions", StepCypher.COMMISSIONS, StepRows.lazily(cities, commissions::city)));
		steps.add(counted("collaborations", StepCypher.COLLABORATIONS, StepRows.lazily(cities, collaborations::city)));
		steps.add(counted("services", StepCypher.SERVICES,
				concat(StepRows.lazily(prefectures, services::prefecture), StepRows.lazily(cities, services::city))));
		List<Supplier<Iterator<Map<String, Object>>>> lanes = new ArrayList<>();
		for (int lane = 0; lane < options.writers(); lane++) {
			int own = lane;
			List<Unit> laneUnits = new ArrayList<>();
			for (int u = 0; u < units.size(); u++) {
				if (u % options.writers() == own) {
					laneUnits.add(units.get(u));
				}
			}
			lanes.add(StepRows.lazily(laneUnits, households::households));
		}
		steps.add(new BulkStep("households", StepCypher.HOUSEHOLDS, plan.total(Quota.HOUSEHOLDS), lanes,
				new HouseholdBatches(vocabulary)));
		return steps;
	}

	private HouseholdBatches.Vocabulary vocabulary() {
		try (Session session = driver.session()) {
			return new HouseholdBatches.Vocabulary(codes(session, "MATCH (n:Need) RETURN n.code AS code ORDER BY code"),
					codes(session, "MATCH (k:IsolationKind) RETURN k.code AS code ORDER BY code"));
		}
	}

	private static List<String> codes(Session session, String query) {
		return session.run(query).list(record -> record.get("code").asString());
	}

	private static BulkStep counted(String name, String cypher, Supplier<Iterator<Map<String, Object>>> rows) {
		return BulkStep.singleLane(name, cypher, StepRows.count(rows), rows);
	}

	@SafeVarargs
	private static Supplier<Iterator<Map<String, Object>>> concat(Supplier<Iterator<Map<String, Object>>>... parts) {
		return StepRows.concat(List.of(parts));
	}

	private static List<Prefecture> touchedPrefectures(NationalPlan plan) {
		Map<String, Prefecture> touched = new LinkedHashMap<>();
		plan.prefectures().forEach(p -> {
			if (plan.cities().stream().anyMatch(c -> c.prefecture().code().equals(p.code()))) {
				touched.put(p.code(), p);
			}
		});
		return List.copyOf(touched.values());
	}

	private static List<City> citiesOf(List<City> cities, Prefecture prefecture) {
		return cities.stream().filter(c -> c.prefecture().code().equals(prefecture.code())).toList();
	}

	/** Nodes by label and relationships by type in the whole database, from its counts store. */
	private void printTotals(PrintStream out) {
		try (Session session = driver.session()) {
			Map<String, Object> data = session.run("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data")
				.single()
				.get("data")
				.asMap();
			out.println("In the database now:");
			out.println("  nodes: " + counts(data.get("nodes"), "label", entry -> entry.get("label") != null));
			out.println("  relationships: " + counts(data.get("relationships"), "relationshipType",
					entry -> entry.get("relationshipType") != null && entry.get("startLabel") == null
							&& entry.get("endLabel") == null));
		}
		catch (RuntimeException ex) {
			out.println("(no totals from the counts store: " + ex.getMessage() + ")");
		}
	}

	private static String counts(Object entries, String key, java.util.function.Predicate<Map<?, ?>> keep) {
		List<String> parts = new ArrayList<>();
		for (Object entry : (List<?>) entries) {
			Map<?, ?> map = (Map<?, ?>) entry;
			if (keep.test(map)) {
				parts.add(map.get(key) + " " + String.format("%,d", ((Number) map.get("count")).longValue()));
			}
		}
		parts.sort(null);
		return String.join(", ", parts);
	}
}
