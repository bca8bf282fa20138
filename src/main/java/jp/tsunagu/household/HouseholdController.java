package jp.tsunagu.household;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
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

	private final AuditedRead audited;

	private final HouseholdService households;

	private final IssueService issues;

	private final LoanService loans;

	private final ConsentService consents;

	private final SupportService supports;

	HouseholdController(HouseholdQueries queries, AuditedRead audited, HouseholdService households, IssueService issues,
			LoanService loans, ConsentService consents, SupportService supports) {
		this.queries = queries;
		this.audited = audited;
		this.households = households;
		this.issues = issues;
		this.loans = loans;
		this.consents = consents;
		this.supports = supports;
	}

	@QueryMapping
	Mono<Household> household(@Argument String id, DataFetchingEnvironment environment) {
		HouseholdAccess access = HouseholdAccess.reading(environment, "");
		return audited.run(access, queries.byId(access, id), household -> List.of(household.id()));
	}

	@QueryMapping
	Mono<Connection<Household>> households(@Argument HouseholdFilter filter, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		HouseholdAccess access = HouseholdAccess.reading(environment, "edges/node");
		return audited.run(access, queries.list(access, filter, PageRequest.of(first, after)),
				connection -> connection.nodes().stream().map(Household::id).toList());
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
	Mono<HouseholdPayload> createHousehold(@Argument CreateHouseholdInput input, DataFetchingEnvironment environment) {
		return households.create(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<HouseholdPayload> updateHousehold(@Argument UpdateHouseholdInput input, DataFetchingEnvironment environment) {
		return households.update(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<HouseholdPayload> archiveHousehold(@Argument ArchiveInput input, DataFetchingEnvironment environment) {
		return households.archive(HouseholdAccess.writing(environment), input.id());
	}

	@MutationMapping
	Mono<HouseholdPayload> setHouseholdIssue(@Argument SetHouseholdIssueInput input, DataFetchingEnvironment environment) {
		return issues.set(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<HouseholdPayload> removeHouseholdIssue(@Argument RemoveHouseholdIssueInput input, DataFetchingEnvironment environment) {
		return issues.remove(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<HouseholdPayload> addLoan(@Argument AddLoanInput input, DataFetchingEnvironment environment) {
		return loans.add(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<HouseholdPayload> updateLoan(@Argument UpdateLoanInput input, DataFetchingEnvironment environment) {
		return loans.update(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<HouseholdPayload> giveConsent(@Argument GiveConsentInput input, DataFetchingEnvironment environment) {
		return consents.give(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<HouseholdPayload> withdrawConsent(@Argument WithdrawConsentInput input, DataFetchingEnvironment environment) {
		return consents.withdraw(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<HouseholdPayload> addSupport(@Argument AddSupportInput input, DataFetchingEnvironment environment) {
		return supports.add(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<HouseholdPayload> removeSupport(@Argument RemoveSupportInput input, DataFetchingEnvironment environment) {
		return supports.remove(HouseholdAccess.writing(environment), input);
	}
}
