package jp.tsunagu.household;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import jp.tsunagu.security.Caller;

/**
 * One use of household data: who ({@code caller}), through which API field ({@code operation}), touching which
 * fields. Every household read and write takes one, so it is scoped and audited; there is no unscoped way in.
 */
record HouseholdAccess(Caller caller, String operation, List<String> fields) {

	/** A read: the fields asked for on each household, at {@code householdPath} in the selection ("" for the top). */
	static HouseholdAccess reading(DataFetchingEnvironment environment, String householdPath) {
		String glob = householdPath.isEmpty() ? "*" : householdPath + "/*";
		List<String> fields = environment.getSelectionSet()
			.getFields(glob)
			.stream()
			.map(SelectedField::getName)
			.filter(name -> !name.startsWith("__"))
			.distinct()
			.toList();
		return new HouseholdAccess(Caller.of(environment.getGraphQlContext()), environment.getField().getName(),
				fields);
	}

	/** A write: the input fields given. */
	static HouseholdAccess writing(DataFetchingEnvironment environment) {
		Object input = environment.getArgument("input");
		List<String> fields = input instanceof Map<?, ?> map ? map.keySet().stream().map(String::valueOf).toList()
				: List.of();
		return new HouseholdAccess(Caller.of(environment.getGraphQlContext()), environment.getField().getName(),
				fields);
	}

	Map<String, Object> viewer() {
		return caller.asParameter();
	}
}
