import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The cypher/ library's per-municipality and per-prefecture files, run the same number of times on the operational
 * graph (where analystCypher ran before the analysts' graph) and on the analysts' graph, over Bolt, in READ sessions:
 * median and 95th percentile per file, in milliseconds.
 *
 * java -cp CLASSPATH AnalystLatency.java OPERATIONAL_URI OPERATIONAL_PASSWORD ANALYSTS_URI ANALYSTS_PASSWORD
 *      LIBRARY_DIR RUNS
 */
public class AnalystLatency {

	public static void main(String[] args) throws Exception {
		Path library = Path.of(args[4]);
		int runs = Integer.parseInt(args[5]);
		try (Driver operational = GraphDatabase.driver(args[0], AuthTokens.basic("neo4j", args[1]));
				Driver analysts = GraphDatabase.driver(args[2], AuthTokens.basic("neo4j", args[3]))) {
			run(operational, analysts, library, runs);
		}
	}

	/** On the municipality with the most households, and its prefecture. */
	private static void run(Driver operational, Driver analysts, Path library, int runs) throws Exception {
		org.neo4j.driver.Record busiest;
		try (Session session = operational.session()) {
			busiest = session.run("""
					MATCH (m:Municipality)
					WITH m, COUNT { (:Household)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(m) } AS households
					ORDER BY households DESC LIMIT 1
					MATCH (m)-[:PART_OF*1..2]->(p:Prefecture)
					RETURN m.code AS municipality, m.name AS name, households, p.code AS prefecture""").single();
		}
		String municipality = busiest.get("municipality").asString();
		String prefecture = busiest.get("prefecture").asString();
		System.out.println("municipality=" + municipality + " (" + busiest.get("name").asString() + ", "
				+ busiest.get("households").asLong() + " households) prefecture=" + prefecture);
		Map<String, Map<String, Object>> files = Map.of(
				"isolated_households_per_district.cypher", Map.of("municipality", municipality),
				"households_with_one_supporter_per_district.cypher", Map.of("municipality", municipality),
				"needs_without_services.cypher", Map.of("municipality", municipality),
				"needs_with_only_distant_services.cypher", Map.of("municipality", municipality, "km", 20),
				"coverage_per_municipality.cypher", Map.of("prefecture", prefecture),
				"collaboration_density.cypher", Map.of("prefecture", prefecture));
		{
			System.out.printf("%-52s %22s %22s%n", "file (" + runs + " runs)", "operational p50/p95 ms", "analysts' p50/p95 ms");
			for (String file : new java.util.TreeSet<>(files.keySet())) {
				String query = Files.readString(library.resolve(file));
				System.out.printf("%-52s %22s %22s%n", file, time(operational, query, files.get(file), runs),
						time(analysts, query, files.get(file), runs));
			}
		}
	}

	private static String time(Driver driver, String query, Map<String, Object> parameters, int runs) {
		List<Double> millis = new ArrayList<>();
		int rows = 0;
		for (int i = 0; i < runs + 2; i++) {
			long start = System.nanoTime();
			try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
				rows = session.run(query, parameters).list().size();
			}
			if (i >= 2) {
				millis.add((System.nanoTime() - start) / 1e6);
			}
		}
		Collections.sort(millis);
		return String.format("%.1f / %.1f (%d rows)", millis.get(millis.size() / 2),
				millis.get((int) Math.ceil(millis.size() * 0.95) - 1), rows);
	}
}
