package jp.tsunagu.graph;

import jp.tsunagu.TsunaguApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub against a real Neo4j 5 server in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = TsunaguApplication.class, properties = "tsunagu.demo.load-when-empty=true")
class Neo4jServerIT {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

	@DynamicPropertySource
	static void neo4jUri(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Test
	void migratesAndLoadsTheDemoIntoTheServer() {
		assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
		try (var session = driver.session()) {
			assertThat(session.run("MATCH (f:SupportFunction) RETURN count(f) AS n").single().get("n").asLong())
				.isEqualTo(14);
			assertThat(session.run("MATCH (o:Organization) RETURN count(o) AS n").single().get("n").asLong())
				.isPositive();
		}
	}
}
