package jp.tsunagu.security;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Bound the way Spring Boot binds them, so a misspelt key fails here rather than leaving the schema open. */
class ProductionProfileTests {

	@Test
	void theProductionProfileHidesTheSchema() throws IOException {
		GraphQlProperties production = graphQl("application-production.yaml");

		assertThat(production.getSchema().getIntrospection().isEnabled()).isFalse();
		assertThat(production.getGraphiql().isEnabled()).isFalse();
		assertThat(production.getSchema().getPrinter().isEnabled()).isFalse();
	}

	@Test
	void theProductionProfileLoadsNoDemoNetworkAndSoNoDemoAccounts() throws IOException {
		assertThat(binder("application-production.yaml").bind("tsunagu.demo.load-when-empty", Boolean.class).get())
			.isFalse();
	}

	@Test
	void introspectionIsOnByDefault() throws IOException {
		assertThat(graphQl("application.yaml").getSchema().getIntrospection().isEnabled()).isTrue();
	}

	private static GraphQlProperties graphQl(String file) throws IOException {
		return binder(file).bindOrCreate("spring.graphql", Bindable.of(GraphQlProperties.class));
	}

	private static Binder binder(String file) throws IOException {
		return new Binder(ConfigurationPropertySources
			.from(new YamlPropertySourceLoader().load(file, new ClassPathResource(file))));
	}
}
