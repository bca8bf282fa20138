package jp.tsunagu.referral;

import java.util.List;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.referral.ReferralService.ReferHouseholdInput;
import jp.tsunagu.referral.ReferralService.ReferralPayload;
import jp.tsunagu.referral.ReferralService.TransitionReferralInput;
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

	private final ReferralService referrals;

	ReferralController(ReferralService referrals) {
		this.referrals = referrals;
	}

	/** The caller's own organisation's referrals, both ways unless a direction is given. */
	@QueryMapping
	Mono<Connection<Referral>> referrals(@Argument ReferralFilter filter, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		ReferralFilter f = filter == null ? new ReferralFilter(null, null) : filter;
		return referrals.list(HouseholdAccess.reading(environment, "edges/node"), f.status(),
				f.direction() == null ? null : f.direction() == ReferralDirection.INCOMING, PageRequest.of(first, after));
	}

	@QueryMapping
	Mono<Referral> referral(@Argument String id, DataFetchingEnvironment environment) {
		return referrals.one(HouseholdAccess.reading(environment, ""), id);
	}

	@MutationMapping
	Mono<ReferralPayload> referHousehold(@Argument ReferHouseholdInput input, DataFetchingEnvironment environment) {
		return referrals.refer(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<ReferralPayload> transitionReferral(@Argument TransitionReferralInput input,
			DataFetchingEnvironment environment) {
		return referrals.transition(HouseholdAccess.writing(environment), input);
	}

	/** The moves the caller's organisation may make now: what a screen offers, the mutation still checking each. */
	@SchemaMapping(typeName = "Referral")
	List<ReferralStatus> nextStatuses(Referral referral, GraphQLContext context) {
		ReferralParty party = referral.partyOf(Caller.of(context).organizationId());
		return party == null ? List.of() : ReferralTransitions.next(referral.status(), party);
	}
}
