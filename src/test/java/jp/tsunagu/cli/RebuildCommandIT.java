package jp.tsunagu.cli;

import java.util.Map;

import jp.tsunagu.analystgraph.AnalystGraph;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildCommandIT extends HubIntegrationTest {

	@Autowired
	private RebuildCommand command;

	@Autowired
	private AnalystGraph analysts;

	@Test
	void rebuildsTheAnalystsGraphWithAFreshSnapshot() {
		String household = "HH-REBUILD-" + java.util.UUID.randomUUID();
		write("""
				MATCH (a:Area {code: '282189'})
				CREATE (:Household {id: randomUUID(), code: $code, protection: 'NONE', archived: false, memberCount: 7,
				  flags: [], createdAt: datetime()})-[:LIVES_IN]->(a)""", "code", household);
		assertThat(command.run(new String[0])).isZero();
		try (Session session = analysts.readSession()) {
			assertThat(session.run("MATCH (s:Snapshot) WHERE s.builtAt >= $started RETURN count(s)",
					Map.of("started", started())).single().get(0).asLong()).isEqualTo(1);
			assertThat(session.run("MATCH (h:Household {memberCount: 7})-[:LIVES_IN]->(:Area {code: '282189'}) RETURN count(h)")
				.single().get(0).asLong()).isEqualTo(1);
		}
		assertThat(command.run(new String[] { "--unknown" })).isEqualTo(2);
	}
}
