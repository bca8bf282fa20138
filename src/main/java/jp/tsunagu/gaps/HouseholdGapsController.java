package jp.tsunagu.gaps;

import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.HouseholdAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Households at risk of falling through: connections being lost, and the screening of loan borrowers. */
@Controller
class HouseholdGapsController {

	private final LostConnectionQueries lostConnections;

	private final LoanScreeningQueries loanScreening;

	HouseholdGapsController(LostConnectionQueries lostConnections, LoanScreeningQueries loanScreening) {
		this.lostConnections = lostConnections;
		this.loanScreening = loanScreening;
	}

	@QueryMapping
	Mono<Connection<LostConnection>> lostConnections(@Argument String area, @Argument Integer staleDays,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment environment) {
		return lostConnections.lostConnections(HouseholdAccess.reading(environment, "edges/node/household"), area,
				staleDays, PageRequest.of(first, after));
	}

	@QueryMapping
	Mono<Connection<ScreenedHousehold>> loanScreening(@Argument String area, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		return loanScreening.screen(HouseholdAccess.reading(environment, "edges/node/household"), area,
				PageRequest.of(first, after));
	}
}
