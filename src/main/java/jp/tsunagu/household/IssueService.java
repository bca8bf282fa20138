package jp.tsunagu.household;

import jp.tsunagu.household.HouseholdInputs.RemoveHouseholdIssueInput;
import jp.tsunagu.household.HouseholdInputs.SetHouseholdIssueInput;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Records a household's life issues (生活課題) and their status. */
@Service
class IssueService {

	private final HouseholdQueries queries;

	private final HouseholdValidation checks;

	private final CheckedWrite checkedWrite;

	IssueService(HouseholdQueries queries, HouseholdValidation checks, CheckedWrite checkedWrite) {
		this.queries = queries;
		this.checks = checks;
		this.checkedWrite = checkedWrite;
	}

	Mono<HouseholdPayload> set(HouseholdAccess access, SetHouseholdIssueInput input) {
		return checkedWrite.run(access, errors -> {
			HouseholdValidation.notInFuture(errors, "since", input.since());
			return Flux.concat(checks.changeable(access, errors, "householdId", input.householdId()),
					checks.needExists(errors, "needCode", input.needCode()));
		}, () -> queries.setIssue(input));
	}

	Mono<HouseholdPayload> remove(HouseholdAccess access, RemoveHouseholdIssueInput input) {
		return checkedWrite.run(access, errors -> {
			errors.required("needCode", input.needCode());
			return checks.changeable(access, errors, "householdId", input.householdId())
				.filter(household -> input.needCode() != null)
				.flatMap(household -> queries.hasIssue(household.id(), input.needCode()))
				.doOnNext(found -> {
					if (!found) {
						errors.add("needCode", "the household has no issue with need " + input.needCode());
					}
				});
		}, () -> queries.removeIssue(input.householdId(), input.needCode()));
	}
}
