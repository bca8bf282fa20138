package jp.tsunagu.household;

import java.util.List;

import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;

/** What every household mutation returns: the household as written, or the errors and nothing written. */
record HouseholdPayload(Household household, List<UserError> errors) {

	static HouseholdPayload success(Household household) {
		return new HouseholdPayload(household, List.of());
	}

	static HouseholdPayload failure(UserErrors errors) {
		return new HouseholdPayload(null, errors.list());
	}
}
