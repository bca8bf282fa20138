package jp.tsunagu.discovery;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class DiscoveryController {

	private final DiscoveryService discovery;

	DiscoveryController(DiscoveryService discovery) {
		this.discovery = discovery;
	}

	@QueryMapping
	Mono<DiscoveryConnection> discover(@Argument String household, @Argument List<String> needs,
			@Argument String area, @Argument Boolean preventive, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		PageRequest page = PageRequest.of(first, after);
		boolean withPreventive = !Boolean.FALSE.equals(preventive);
		if (household != null && needs != null) {
			throw new InvalidArgumentException("household", "give either household or needs, not both");
		}
		if (household != null) {
			if (area != null) {
				throw new InvalidArgumentException("area", "is where the household lives; give it only with needs");
			}
			return discovery.forHousehold(HouseholdAccess.reading(environment, "edges/node"), household, withPreventive,
					page);
		}
		if (needs == null) {
			throw new InvalidArgumentException("household", "give either household or needs");
		}
		if (needs.isEmpty()) {
			throw new InvalidArgumentException("needs", "must not be empty");
		}
		if (area == null || area.isBlank()) {
			throw new InvalidArgumentException("area", "is required with needs");
		}
		return discovery.forNeeds(Caller.of(environment.getGraphQlContext()), needs, area, withPreventive, page);
	}

	@QueryMapping
	Mono<WhoKnows> whoKnows(@Argument String household, @Argument Boolean includeLapsed,
			DataFetchingEnvironment environment) {
		return discovery.whoKnows(HouseholdAccess.reading(environment, ""), household, Boolean.TRUE.equals(includeLapsed));
	}
}
