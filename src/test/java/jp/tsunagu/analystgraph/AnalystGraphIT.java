package jp.tsunagu.analystgraph;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** What a rebuild puts in the analysts' graph, read straight from it as an analyst on Bolt would. */
class AnalystGraphIT extends HubIntegrationTest {

	@Autowired
	private AnalystGraph analysts;

	@Autowired
	private AnalystGraphRebuild rebuild;

	@Autowired
	private AnalystGraphProperties properties;

	@Autowired
	private ObjectProvider<Neo4jConnectionDetails> source;

	@Test
	void holdsTheDirectoryAndNothingOfAccountsAuditOrTheSecret() {
		Snapshot snapshot = rebuild.rebuild(message -> {
		});
		assertThat(analysts.location()).doesNotContain(String.valueOf(source.getObject().getUri()));
		Set<String> labels = new HashSet<>(analystStrings("CALL db.labels() YIELD label RETURN label"));
		assertThat(labels).contains("Organization", "Area", "Network", "Service", "Household", "Person", "Need",
				"Snapshot", "Loan")
			.doesNotContain("Account", "AuditEvent", "SecretFingerprint", "Consent", "Referral", "__Neo4jMigration");
		assertThat(analystCount("MATCH (o:Organization) RETURN count(o)"))
			.isEqualTo(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(snapshot.organizations());
		assertThat(analystCount("MATCH (:Organization)-[c:COLLABORATES_WITH]->(:Organization) RETURN count(c)"))
			.isEqualTo(count("MATCH (:Organization)-[c:COLLABORATES_WITH]->(:Organization) RETURN count(c)"));
		assertThat(analystCount("MATCH (:Organization)-[m:MEMBER_OF]->(:Network) RETURN count(m)"))
			.isEqualTo(count("MATCH (:Organization)-[m:MEMBER_OF]->(:Network) RETURN count(m)"));
		assertThat(snapshot.households()).isEqualTo(analystCount("MATCH (h:Household) RETURN count(h)"));
		assertThat(snapshot.source()).isEqualTo(String.valueOf(source.getObject().getUri()));
		assertThat(snapshot.keyedPseudonyms()).isFalse();
	}

	@Test
	void householdsAndPeopleHoldNoNameCodeOrId() {
		rebuild.rebuild(message -> {
		});
		assertThat(analystCount("MATCH (h:Household) RETURN count(h)")).isEqualTo(
				count("MATCH (h:Household) WHERE h.protection = 'NONE' AND NOT h.archived RETURN count(h)"));
		assertThat(analystStrings("MATCH (h:Household) UNWIND keys(h) AS key RETURN DISTINCT key"))
			.containsExactlyInAnyOrder("pseudonym", "memberCount", "flags");
		assertThat(analystStrings("MATCH (p:Person) UNWIND keys(p) AS key RETURN DISTINCT key"))
			.isSubsetOf("pseudonym", "archived", "chiefChildCommissioner");
		assertThat(analystStrings("MATCH (l:Loan) UNWIND keys(l) AS key RETURN DISTINCT key"))
			.isSubsetOf("loanType", "repaymentStatus", "decidedOn");
		assertThat(analystCount("MATCH (p:Person) RETURN count(p)")).isEqualTo(count("MATCH (p:Person) RETURN count(p)"));

		Set<String> secrets = new HashSet<>();
		try (Session session = driver.session()) {
			session.run("MATCH (h:Household) RETURN [h.id, h.code] AS values UNION "
					+ "MATCH (p:Person) RETURN [p.id, p.name] AS values UNION "
					+ "MATCH (a:Account) RETURN [a.username] AS values UNION "
					+ "MATCH (l:Loan) RETURN [l.id] AS values UNION MATCH (c:Consent) RETURN [c.id] AS values")
				.forEachRemaining(record -> secrets.addAll(record.get("values").asList(Value::asString)));
		}
		assertThat(secrets).hasSizeGreaterThan(50);
		List<String> everyString = analystStrings("""
				CALL () { MATCH (n) UNWIND keys(n) AS key RETURN n[key] AS value
				          UNION ALL MATCH ()-[r]->() UNWIND keys(r) AS key RETURN r[key] AS value }
				WITH value WHERE value IS :: STRING OR value IS :: LIST<STRING>
				UNWIND CASE WHEN value IS :: STRING THEN [value] ELSE value END AS text
				RETURN DISTINCT text""");
		assertThat(everyString).hasSizeGreaterThan(100).doesNotContainAnyElementsOf(secrets);
	}

	@Test
	void datesAreCoarsenedToTheMonth() {
		rebuild.rebuild(message -> {
		});
		long dated = analystCount("""
				MATCH (:Household)-[r:HAS_ISSUE|SUPPORTS]-() WHERE r.since IS NOT NULL OR r.lastContact IS NOT NULL
				RETURN count(r)""");
		assertThat(dated).isPositive();
		assertThat(analystCount("""
				CALL () {
				  MATCH (:Household)-[r:HAS_ISSUE|SUPPORTS]-() UNWIND [r.since, r.lastContact] AS day RETURN day
				  UNION ALL MATCH (l:Loan) RETURN l.decidedOn AS day
				  UNION ALL MATCH (:Person)-[r]->() RETURN r.since AS day }
				WITH day WHERE day IS NOT NULL AND day.day <> 1 RETURN count(*)""")).isZero();
		assertThat(count("""
				MATCH (:Household)-[r:SUPPORTS]-() WHERE r.lastContact.day <> 1 RETURN count(r)""")).isPositive();
	}

	@Test
	void pseudonymsChangeAtEveryRebuildUnlessKeyed() {
		rebuild.rebuild(message -> {
		});
		Set<String> first = new HashSet<>(analystStrings("MATCH (h:Household) RETURN h.pseudonym"));
		rebuild.rebuild(message -> {
		});
		Set<String> second = new HashSet<>(analystStrings("MATCH (h:Household) RETURN h.pseudonym"));
		assertThat(first).hasSameSizeAs(second).doesNotContainAnyElementsOf(second);

		AnalystGraphRebuild keyed = new AnalystGraphRebuild(driver, analysts, properties,
				Pseudonyms.factory("c2VjcmV0LWtleS1mb3ItbG9uZ2l0dWRpbmFsLXdvcmstMzI="), source);
		keyed.rebuild(message -> {
		});
		Set<String> keyedFirst = new HashSet<>(analystStrings("MATCH (h:Household) RETURN h.pseudonym"));
		Snapshot snapshot = keyed.rebuild(message -> {
		});
		assertThat(snapshot.keyedPseudonyms()).isTrue();
		assertThat(new HashSet<>(analystStrings("MATCH (h:Household) RETURN h.pseudonym"))).isEqualTo(keyedFirst)
			.doesNotContainAnyElementsOf(second);
		assertThat(analystStrings("MATCH (p:Person) RETURN p.pseudonym")).allMatch(p -> p.startsWith("S-"));
	}

	@Test
	void aRebuildWipesWhatAnyoneWroteThere() {
		try (Session session = analysts.writeSession()) {
			session.run("CREATE (:Scribble {note: 'gone at the next rebuild'})").consume();
		}
		rebuild.rebuild(message -> {
		});
		assertThat(analystCount("MATCH (s:Scribble) RETURN count(s)")).isZero();
		assertThat(analystCount("MATCH (s:Snapshot) RETURN count(s)")).isEqualTo(1);
	}

	@Test
	void aRebuildRecoversFromAnInterruptedOnesHalfMadeSchema() {
		// a build stopped while it laid down its schema: a plain index holds the name of one of its constraints
		try (Session session = analysts.writeSession()) {
			session.run("DROP CONSTRAINT analyst_need_code IF EXISTS").consume();
			session.run("CREATE INDEX analyst_need_code IF NOT EXISTS FOR (n:Need) ON (n.code)").consume();
		}
		rebuild.rebuild(message -> {
		});
		assertThat(analystCount("MATCH (s:Snapshot) RETURN count(s)")).isEqualTo(1);
		assertThat(analystCount("""
				SHOW CONSTRAINTS YIELD name, type WHERE name = 'analyst_need_code' AND type = 'UNIQUENESS'
				RETURN count(*)""")).isEqualTo(1);
	}

	private List<String> analystStrings(String query) {
		try (Session session = analysts.readSession()) {
			return session.run(query).list(record -> record.get(0).asString());
		}
	}

	private long analystCount(String query) {
		try (Session session = analysts.readSession()) {
			return session.run(query, Map.of()).single().get(0).asLong();
		}
	}
}
