package jp.tsunagu.household;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import jp.tsunagu.security.Caller;

/**
 * One use of household data: who ({@code caller}), through which API field ({@code operation}), touching which
 * fields, with which arguments (a read's filter, which a count answers too). Every household read and write takes one, so it is scoped and audited; there is no unscoped way in.
 */
public record HouseholdAccess(Caller caller, String operation, List<String> fields, String arguments) {

	/** A read: the fields asked for on each household, at {@code householdPath} in the selection ("" for the top). */
	public static HouseholdAccess reading(DataFetchingEnvironment environment, String householdPath) {
		String glob = householdPath.isEmpty() ? "*" : householdPath + "/*";
		List<String> fields = environment.getSelectionSet()
			.getFields(glob)
			.stream()
			.map(SelectedField::getName)
			.filter(name -> !name.startsWith("__"))
			.distinct()
			.toList();
		return new HouseholdAccess(Caller.of(environment.getGraphQlContext()), environment.getField().getName(),
				fields, environment.getArguments().toString());
	}

	/**
	 * A write: the input fields given (not their values), and the household fields the payload reads back, as
	 * {@code household.<field>}.
	 */
	public static HouseholdAccess writing(DataFetchingEnvironment environment) {
		Object input = environment.getArgument("input");
		Stream<String> given = input instanceof Map<?, ?> map ? map.keySet().stream().map(String::valueOf) : Stream.of();
		Stream<String> readBack = environment.getSelectionSet()
			.getFields("household/*")
			.stream()
			.map(field -> "household." + field.getName());
		return new HouseholdAccess(Caller.of(environment.getGraphQlContext()), environment.getField().getName(),
				Stream.concat(given, readBack).distinct().toList(), null);
	}

	public Map<String, Object> viewer() {
		return caller.asParameter();
	}
}
