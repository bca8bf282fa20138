package jp.tsunagu.household;

import java.util.List;
import java.util.Map;

import jp.tsunagu.api.ArchiveInput;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.area.Area;
import jp.tsunagu.household.HouseholdInputs.AddLoanInput;
import jp.tsunagu.household.HouseholdInputs.AddSupportInput;
import jp.tsunagu.household.HouseholdInputs.CreateHouseholdInput;
import jp.tsunagu.household.HouseholdInputs.GiveConsentInput;
import jp.tsunagu.household.HouseholdInputs.HouseholdFilter;
import jp.tsunagu.household.HouseholdInputs.RemoveHouseholdIssueInput;
import jp.tsunagu.household.HouseholdInputs.RemoveSupportInput;
import jp.tsunagu.household.HouseholdInputs.SetHouseholdIssueInput;
import jp.tsunagu.household.HouseholdInputs.UpdateHouseholdInput;
import jp.tsunagu.household.HouseholdInputs.UpdateLoanInput;
import jp.tsunagu.household.HouseholdInputs.WithdrawConsentInput;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.taxonomy.IsolationKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class HouseholdController {

	private final HouseholdQueries queries;

	private final HouseholdMutations households;

	private final IssueMutations issues;

	private final LoanMutations loans;

	private final ConsentMutations consents;

	private final SupportMutations supports;

	HouseholdController(HouseholdQueries queries, HouseholdMutations households, IssueMutations issues,
			LoanMutations loans, ConsentMutations consents, SupportMutations supports) {
		this.queries = queries;
		this.households = households;
		this.issues = issues;
		this.loans = loans;
		this.consents = consents;
		this.supports = supports;
	}

	@QueryMapping
	Mono<Household> household(@Argument String id) {
		return queries.byId(id);
	}

	@QueryMapping
	Mono<Connection<Household>> households(@Argument HouseholdFilter filter, @Argument Integer first,
			@Argument String after) {
		return queries.list(filter, PageRequest.of(first, after));
	}

	@BatchMapping
	Mono<Map<Household, Area>> area(List<Household> households) {
		return queries.areas(households);
	}

	@BatchMapping
	Mono<Map<Household, List<HouseholdIssue>>> issues(List<Household> households) {
		return queries.issues(households);
	}

	@BatchMapping
	Mono<Map<Household, List<IsolationKind>>> isolation(List<Household> households) {
		return queries.isolation(households);
	}

	@BatchMapping
	Mono<Map<Household, List<Loan>>> loans(List<Household> households) {
		return queries.loans(households);
	}

	@BatchMapping
	Mono<Map<Household, List<Consent>>> consents(List<Household> households) {
		return queries.consents(households);
	}

	@BatchMapping
	Mono<Map<Consent, List<Organization>>> organizations(List<Consent> consents) {
		return queries.consentOrganizations(consents);
	}

	@BatchMapping
	Mono<Map<Household, List<Support>>> supporters(List<Household> households) {
		return queries.supporters(households);
	}

	@MutationMapping
	Mono<HouseholdPayload> createHousehold(@Argument CreateHouseholdInput input) {
		return households.create(input);
	}

	@MutationMapping
	Mono<HouseholdPayload> updateHousehold(@Argument UpdateHouseholdInput input) {
		return households.update(input);
	}

	@MutationMapping
	Mono<HouseholdPayload> archiveHousehold(@Argument ArchiveInput input) {
		return households.archive(input.id());
	}

	@MutationMapping
	Mono<HouseholdPayload> setHouseholdIssue(@Argument SetHouseholdIssueInput input) {
		return issues.set(input);
	}

	@MutationMapping
	Mono<HouseholdPayload> removeHouseholdIssue(@Argument RemoveHouseholdIssueInput input) {
		return issues.remove(input);
	}

	@MutationMapping
	Mono<HouseholdPayload> addLoan(@Argument AddLoanInput input) {
		return loans.add(input);
	}

	@MutationMapping
	Mono<HouseholdPayload> updateLoan(@Argument UpdateLoanInput input) {
		return loans.update(input);
	}

	@MutationMapping
	Mono<HouseholdPayload> giveConsent(@Argument GiveConsentInput input) {
		return consents.give(input);
	}

	@MutationMapping
	Mono<HouseholdPayload> withdrawConsent(@Argument WithdrawConsentInput input) {
		return consents.withdraw(input);
	}

	@MutationMapping
	Mono<HouseholdPayload> addSupport(@Argument AddSupportInput input) {
		return supports.add(input);
	}

	@MutationMapping
	Mono<HouseholdPayload> removeSupport(@Argument RemoveSupportInput input) {
		return supports.remove(input);
	}
}
