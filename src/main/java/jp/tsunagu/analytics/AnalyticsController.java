package jp.tsunagu.analytics;

import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.api.NotAllowedException;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class AnalyticsController {

	private final AnalystCypher cypher;

	private final HouseholdStatisticsQueries statistics;

	AnalyticsController(AnalystCypher cypher, HouseholdStatisticsQueries statistics) {
		this.cypher = cypher;
		this.statistics = statistics;
	}

	// The JSON argument is read raw: it is whatever the analyst sent, not a type to bind.
	@QueryMapping
	Mono<CypherResult> analystCypher(@Argument String query, DataFetchingEnvironment environment) {
		return cypher.run(Caller.of(environment.getGraphQlContext()), query, environment.getArgument("parameters"));
	}

	/** A coordinator counts the households its council holds the records of; analysts and administrators, all. */
	@QueryMapping
	Mono<HouseholdStatistics> householdStatistics(@Argument String areaCode, DataFetchingEnvironment environment) {
		Caller caller = Caller.of(environment.getGraphQlContext());
		if (caller.role() == Role.COORDINATOR && caller.organizationId() == null) {
			return Mono.error(new NotAllowedException("householdStatistics: a coordinator's account names its council", false));
		}
		return statistics.statistics(areaCode, caller.role() == Role.COORDINATOR ? caller.organizationId() : null);
	}
}
