package jp.tsunagu.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsIT extends HubIntegrationTest {

	@Test
	void everyMigrationIsAppliedInOrder() throws IOException {
		List<String> files;
		try (Stream<Path> scripts = Files.list(Path.of("graph-schema"))) {
			files = scripts.map(path -> path.getFileName().toString())
				.filter(name -> name.matches("V\\d{3}__.*\\.cypher"))
				.map(name -> name.substring(1, 4))
				.sorted()
				.toList();
		}
		assertThat(files).startsWith("010", "011", "012", "020", "030", "031", "040", "041");
		try (Session session = driver.session()) {
			List<String> versions = session.run("""
					MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE'
					RETURN m.version AS version ORDER BY m.version""").list(r -> r.get("version").asString());
			assertThat(versions).isEqualTo(files);
		}
	}

	@Test
	void naturalKeysAreUniqueAndFiltersIndexed() {
		try (Session session = driver.session()) {
			List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
				.single()
				.get("names")
				.asList(v -> v.asString());
			assertThat(constraints).contains("area_code", "organization_corporate_number", "need_code",
					"support_function_code");
			// unique per record holder only (checked when a household is created), so a code probes nothing
			assertThat(constraints).doesNotContain("household_code");
			assertThat(session.run("SHOW RANGE INDEXES YIELD name RETURN collect(name) AS names").single().get("names")
				.asList(v -> v.asString())).contains("household_code", "audit_event_account_organization");
			List<String> fulltext = session.run("""
					SHOW FULLTEXT INDEXES YIELD name, options
					RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer""")
				.list(r -> r.get("name").asString() + ":" + r.get("analyzer").asString());
			assertThat(fulltext).contains("directory_text:cjk");
			List<String> text = session.run("SHOW TEXT INDEXES YIELD name RETURN collect(name) AS names")
				.single()
				.get("names")
				.asList(v -> v.asString());
			assertThat(text).contains("organization_name_text", "organization_name_kana_text");
		}
	}

	@Test
	void theFullTextIndexFindsJapaneseSubstrings() {
		try (Session session = driver.session()) {
			session.run("""
					CREATE (:Organization {id: 'ft-probe', name: '小野市社会福祉協議会テスト', kind: 'COUNCIL',
					        archived: false, createdAt: datetime()})""").consume();
			session.run("CALL db.awaitIndexes(60)").consume();
			List<String> names = session.run("""
					CALL db.index.fulltext.queryNodes('directory_text', '"小野"') YIELD node
					RETURN node.name AS name""").list(r -> r.get("name").asString());
			assertThat(names).contains("小野市社会福祉協議会テスト");
		}
	}

	@Test
	void taxonomiesAreLoadedByMigrationNotByTheDemo() {
		assertThat(count("MATCH (f:SupportFunction) WHERE NOT (f)-[:PART_OF]->() RETURN count(f)")).isEqualTo(6);
		assertThat(count("MATCH (f:SupportFunction)-[:PART_OF]->() RETURN count(f)")).isEqualTo(8);
		assertThat(count("MATCH (k:IsolationKind) RETURN count(k)")).isEqualTo(6);
		assertThat(count("MATCH (p:PartnerSystem) RETURN count(p)")).isEqualTo(14);
		assertThat(count("MATCH (n:Need) WHERE n.labelJa IS NULL OR n.labelEn IS NULL RETURN count(n)")).isZero();
		assertThat(count("""
				MATCH (:Need {code: 'multiple_debt'})-[:BROADER]->(:Need {code: 'debt'}) RETURN count(*)""")).isEqualTo(1);
	}
}
