package jp.tsunagu.gaps;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.network.Network;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.organization.OrganizationKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Gaps in the public directory: services, 重層 commissions, networks. */
@Controller
class DirectoryGapsController {

	private final ServiceGapQueries serviceGaps;

	private final CoverageQueries coverage;

	private final UnaffiliatedQueries unaffiliated;

	DirectoryGapsController(ServiceGapQueries serviceGaps, CoverageQueries coverage, UnaffiliatedQueries unaffiliated) {
		this.serviceGaps = serviceGaps;
		this.coverage = coverage;
		this.unaffiliated = unaffiliated;
	}

	@QueryMapping
	Mono<ServiceGaps> serviceGaps(@Argument String area, @Argument double farKm) {
		return serviceGaps.gaps(area, farKm);
	}

	@QueryMapping
	Mono<CoverageMatrix> supportFunctionCoverage(@Argument String municipality) {
		return coverage.matrix(municipality);
	}

	@QueryMapping
	Mono<Connection<Organization>> organizationsWithoutNetwork(@Argument String area, @Argument OrganizationKind kind,
			@Argument Integer first, @Argument String after) {
		return unaffiliated.organizationsWithoutNetwork(area, kind, PageRequest.of(first, after));
	}

	@QueryMapping
	Mono<Connection<Network>> networksWithoutField(@Argument String field, @Argument String area,
			@Argument Integer first, @Argument String after) {
		return unaffiliated.networksWithoutField(field, area, PageRequest.of(first, after));
	}
}
