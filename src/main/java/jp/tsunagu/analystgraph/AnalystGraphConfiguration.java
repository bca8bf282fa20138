package jp.tsunagu.analystgraph;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

import jp.tsunagu.graph.EmbeddedNeo4j;
import jp.tsunagu.graph.EmbeddedNeo4jProperties;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

/**
 * The analysts' graph is never the operational one: a second embedded Neo4j by default (own data directory, Bolt
 * port and password), or the server {@code tsunagu.analyst-graph.uri} names. A configuration that would point it at
 * the hub's own database is refused at start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalystGraphProperties.class)
@EnableScheduling
class AnalystGraphConfiguration {

	static final String PASSWORD_SETTING = "TSUNAGU_ANALYST_BOLT_PASSWORD (tsunagu.analyst-graph.embedded.bolt-password)";

	@Bean(destroyMethod = "close")
	AnalystGraph analystGraph(AnalystGraphProperties properties, EmbeddedNeo4jProperties hubEmbedded,
			Environment environment) {
		if (properties.external()) {
			refuseTheHubsOwnServer(properties, environment.getProperty("spring.neo4j.uri"));
			String location = properties.uri()
					+ (StringUtils.hasText(properties.database()) ? " database " + properties.database() : "");
			return new AnalystGraph(() -> new AnalystGraph.Connection(GraphDatabase.driver(properties.uri(),
					AuthTokens.basic(properties.username(), properties.password())), properties.database(), location,
					null));
		}
		refuseTheHubsOwnDirectory(properties.embedded(), hubEmbedded);
		return new AnalystGraph(() -> {
			EmbeddedNeo4j embedded = EmbeddedNeo4j.start(properties.embedded(), PASSWORD_SETTING);
			try {
				return new AnalystGraph.Connection(embedded.connectAsHub(), null, embedded.boltUri().toString(),
						embedded);
			}
			catch (RuntimeException ex) {
				embedded.close();
				throw ex;
			}
		});
	}

	@Bean
	Pseudonyms.Factory pseudonyms(AnalystGraphProperties properties) {
		return Pseudonyms.factory(properties.pseudonymKey());
	}

	/** The same server is allowed only with a database of its own (an edition with several). */
	static void refuseTheHubsOwnServer(AnalystGraphProperties properties, String hubUri) {
		if (StringUtils.hasText(hubUri) && sameServer(URI.create(properties.uri()), URI.create(hubUri))
				&& !StringUtils.hasText(properties.database())) {
			throw new IllegalStateException("tsunagu.analyst-graph.uri names the hub's own Neo4j (" + hubUri
					+ "): give the analysts' graph a server of its own, or a database of its own "
					+ "(tsunagu.analyst-graph.database) on an edition that has several");
		}
	}

	static void refuseTheHubsOwnDirectory(EmbeddedNeo4jProperties analysts, EmbeddedNeo4jProperties hub) {
		if (hub != null && hub.dataDirectory() != null
				&& normal(analysts.dataDirectory()).equals(normal(hub.dataDirectory()))) {
			throw new IllegalStateException("tsunagu.analyst-graph.embedded.data-directory must not be the hub's own ("
					+ hub.dataDirectory() + ")");
		}
	}

	private static boolean sameServer(URI a, URI b) {
		return Objects.equals(a.getHost(), b.getHost()) && port(a) == port(b);
	}

	private static int port(URI uri) {
		return uri.getPort() == -1 ? 7687 : uri.getPort();
	}

	private static Path normal(Path path) {
		return path.toAbsolutePath().normalize();
	}
}
