package jp.tsunagu.referral;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.referral.ReferralService.ReferHouseholdInput;
import jp.tsunagu.referral.ReferralService.ReferralPayload;
import jp.tsunagu.referral.ReferralService.RespondToReferralInput;
import jp.tsunagu.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class ReferralController {

	enum ReferralDirection {
		INCOMING, OUTGOING
	}

	record ReferralFilter(ReferralStatus status, ReferralDirection direction) {
	}

	private final ReferralQueries queries;

	private final ReferralService mutations;

	ReferralController(ReferralQueries queries, ReferralService mutations) {
		this.queries = queries;
		this.mutations = mutations;
	}

	/** The caller's own organisation's referrals, both ways unless a direction is given. */
	@QueryMapping
	Mono<Connection<Referral>> referrals(@Argument ReferralFilter filter, @Argument Integer first,
			@Argument String after, GraphQLContext context) {
		ReferralFilter f = filter == null ? new ReferralFilter(null, null) : filter;
		return queries.list(Caller.of(context).organizationId(), f.status(),
				f.direction() == null ? null : f.direction() == ReferralDirection.INCOMING, PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Referral")
	String statusLabelJa(Referral referral) {
		return referral.status().labelJa();
	}

	@MutationMapping
	Mono<ReferralPayload> referHousehold(@Argument ReferHouseholdInput input, DataFetchingEnvironment environment) {
		return mutations.refer(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<ReferralPayload> respondToReferral(@Argument RespondToReferralInput input,
			DataFetchingEnvironment environment) {
		return mutations.respond(HouseholdAccess.writing(environment), input);
	}
}
