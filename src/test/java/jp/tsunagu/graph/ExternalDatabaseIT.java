package jp.tsunagu.graph;

import jp.tsunagu.support.SecondHub;

import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external-URI switch without Docker: a second hub configured with {@code spring.neo4j.uri}
 * (what NEO4J_URI sets) pointing at the first hub's Bolt port, with credentials (NEO4J_USERNAME,
 * NEO4J_PASSWORD), must start no database of its own and see the same graph.
 */
class ExternalDatabaseIT extends HubIntegrationTest {

	@Autowired
	EmbeddedNeo4j embedded;

	@Test
	void aConfiguredUriStartsNoEmbeddedDatabaseAndUsesThatServer() {
		try (Session session = driver.session()) {
			session.run("CREATE (:Organization {id: 'external-probe', name: '外部接続テスト', kind: 'NPO', archived: false, createdAt: datetime()})")
				.consume();
		}
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(TsunaguApplication.class)
			.web(WebApplicationType.NONE)
			.run(SecondHub.arguments("--spring.neo4j.uri=" + embedded.boltUri(),
					"--spring.neo4j.authentication.username=" + embedded.hubCredentials().username(),
					"--spring.neo4j.authentication.password=" + embedded.hubCredentials().password(),
					"--tsunagu.demo.load-when-empty=false",
					// hubs sharing a database share the secret; a hub with another one refuses to start
					"--tsunagu.security.secret-file=target/neo4j-test/hub-secret"))) {
			assertThat(second.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
			Driver external = second.getBean(Driver.class);
			try (Session session = external.session()) {
				assertThat(session.run("MATCH (o:Organization {id: 'external-probe'}) RETURN o.name AS name")
					.single()
					.get("name")
					.asString()).isEqualTo("外部接続テスト");
			}
		}
	}
}
