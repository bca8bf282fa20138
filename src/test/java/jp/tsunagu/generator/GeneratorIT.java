package jp.tsunagu.generator;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.bulk.BulkStep;
import jp.tsunagu.cli.GenerateCommand;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The generate command at scale 0.01 on the test database (where the demo network lives): it writes what the plan
 * says, resumes after an interruption without duplicates, writes nothing on a rerun, and its households are served by
 * the API like any other.
 */
class GeneratorIT extends HubIntegrationTest {

	private static final String[] RUN = { "--scale=0.01", "--seed=42", "--batch-size=500", "--writers=2",
			"--progress-seconds=10" };

	@Autowired
	private GenerateCommand command;

	@Test
	void generatesTheScaledNetworkResumesAfterAnInterruptionAndServesItsHouseholds() throws IOException {
		Map<String, Long> expected = expectedCounts();

		// stops inside the household step, where two writers work on their own municipalities
		assertThat(command.run(with("--stop-after-batches=30"))).as("stopped as if killed").isEqualTo(1);
		Map<String, Long> partial = generatedCounts();
		assertThat(partial.get("Household")).isLessThan(expected.get("Household"));

		assertThat(command.run(RUN)).as("resumed").isZero();
		Map<String, Long> counts = generatedCounts();
		assertThat(counts).isEqualTo(expected);

		// households scale with population: about 2 million nationally, 1.91 loans each
		NationalPlan plan = plan();
		double share = (double) plan.population() / plan.nationalPopulation();
		assertThat(counts.get("Household") / share).isCloseTo(2_000_000, within(20_000.0));
		assertThat((double) counts.get("Loan") / counts.get("Household")).isCloseTo(1.91, within(0.05));
		assertThat(count("MATCH (l:Loan {repaymentStatus: 'EXEMPTED'}) WHERE l.createdAt >= $started RETURN count(l)",
				"started", started()) / (double) counts.get("Loan")).isCloseTo(0.29, within(0.03));

		// a rerun that forgot its checkpoints writes nothing: every entity is written only where its key is new
		write("MATCH (c:BulkCheckpoint) WHERE c.createdAt >= $started DETACH DELETE c", "started", started());
		assertThat(command.run(RUN)).isZero();
		assertThat(generatedCounts()).isEqualTo(expected);

		servedToTheCouncilHoldingTheRecord();
	}

	@Test
	void refusesBadOptionsWithoutWriting() {
		assertThat(command.run(new String[] { "--scale=0", "--seed=42" })).isEqualTo(2);
		assertThat(command.run(new String[] { "--scale=1.5", "--seed=42" })).isEqualTo(2);
		assertThat(command.run(new String[] { "--scale=0.01" })).isEqualTo(2);
		assertThat(command.run(new String[] { "--scale=0.01", "--seed=x" })).isEqualTo(2);
		assertThat(command.run(new String[] { "--scale=0.01", "--seed=1", "--municipalities=/nowhere.csv",
				"--prefectures=/nowhere.csv" })).isEqualTo(2);
		assertThat(count("MATCH (n) WHERE n.createdAt >= $started AND NOT n:Account RETURN count(n)", "started", started()))
			.isZero();
	}

	private void servedToTheCouncilHoldingTheRecord() {
		Map<String, Object> row = row("""
				MATCH (h:Household {protection: 'NONE'})-[:RECORD_HELD_BY]->(c:Organization)
				WHERE h.createdAt >= $started AND EXISTS { (h)-[:HAS_ISSUE {status: 'OPEN'}]->(:Need) }
				RETURN h.id AS id, h.code AS code, c.id AS council ORDER BY h.code LIMIT 1""");
		String id = (String) row.get("id");
		var coordinator = as(new Caller("test.generator.coordinator", Role.COORDINATOR, (String) row.get("council"), null))
			.mutate()
			.webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60)))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		GraphQlTester.Response household = coordinator.documentName("household-by-id").variable("id", id).execute();
		household.errors().verify();
		household.path("household.code").entity(String.class).isEqualTo((String) row.get("code"));
		household.path("household.loans").entityList(Object.class).hasSizeGreaterThan(0);
		GraphQlTester.Response discovered = coordinator.documentName("discovery-household").variable("household", id).execute();
		discovered.errors().verify();
		discovered.path("discover.totalCount").entity(Integer.class).satisfies(total -> assertThat(total).isPositive());
	}

	/** Nodes created since the test began, by label (one scan), and the collaborations they start. */
	private Map<String, Long> generatedCounts() {
		Map<String, Long> byLabel = new java.util.HashMap<>();
		try (var session = driver.session()) {
			cypher(session, "MATCH (n) WHERE n.createdAt >= $started UNWIND labels(n) AS label RETURN label, count(*) AS n",
					"started", started()).forEachRemaining(r -> byLabel.put(r.get("label").asString(), r.get("n").asLong()));
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String label : List.of("Household", "Loan", "Consent", "Organization", "Person", "Network", "Service",
				"Commission", "District")) {
			counts.put(label, byLabel.getOrDefault(label, 0L));
		}
		counts.put("COLLABORATES_WITH", count("""
				MATCH (a:Organization)-[t:COLLABORATES_WITH]->() WHERE a.createdAt >= $started RETURN count(t)""",
				"started", started()));
		return counts;
	}

	/** What the plan's rows hold: one row per root entity, with the loans, consents and facilities inside. */
	private Map<String, Long> expectedCounts() throws IOException {
		NationalPlan plan = plan();
		List<BulkStep> steps = new NationalNetworkGenerator(driver).steps(plan, GeneratorOptions.parse(RUN).options(),
				new HouseholdBatches.Vocabulary(List.of(), List.of()));
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("Household", rows(steps, "households"));
		counts.put("Loan", children(steps, "households", "loans"));
		counts.put("Consent", children(steps, "households", "consents"));
		counts.put("Organization", rows(steps, "organizations") + children(steps, "organizations", "facilities"));
		counts.put("Person", rows(steps, "volunteers") + rows(steps, "staff"));
		counts.put("Network", rows(steps, "networks"));
		counts.put("Service", rows(steps, "services"));
		counts.put("Commission", rows(steps, "commissions"));
		counts.put("District", rows(steps, "districts"));
		counts.put("COLLABORATES_WITH", rows(steps, "collaborations"));
		return counts;
	}

	private static NationalPlan plan() throws IOException {
		GeneratorOptions options = GeneratorOptions.parse(RUN).options();
		return new NationalPlan(NationalNetworkGenerator.places(options), options.scale(), options.seed());
	}

	private static long rows(List<BulkStep> steps, String name) {
		return children(steps, name, null);
	}

	private static long children(List<BulkStep> steps, String name, String key) {
		BulkStep step = steps.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
		long count = 0;
		for (var lane : step.lanes()) {
			for (var rows = lane.get(); rows.hasNext();) {
				Map<String, Object> row = rows.next();
				count += key == null ? 1 : ((List<?>) row.get(key)).size();
			}
		}
		return count;
	}

	private Map<String, Object> row(String query) {
		try (var session = driver.session()) {
			return cypher(session, query, "started", started()).single().asMap();
		}
	}

	private static String[] with(String extra) {
		String[] args = java.util.Arrays.copyOf(RUN, RUN.length + 1);
		args[RUN.length] = extra;
		return args;
	}
}
