package jp.tsunagu.observability;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One observation per GraphQL request ({@code graphql.request}: the request timers, traces), none per data fetcher
 * or data loader: a page of 50 organisations with their ties would otherwise start and stop an observation for
 * each of its hundreds of fields, and the statements each request sends are timed by the driver's own
 * observations anyway.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlObservations {

	static final String DATA_FETCHER = "graphql.datafetcher";

	static final String DATA_LOADER = "graphql.dataloader";

	@Bean
	ObservationPredicate noPerFieldGraphQlObservations() {
		return (name, context) -> !DATA_FETCHER.equals(name) && !DATA_LOADER.equals(name);
	}
}
