package jp.tsunagu.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.language.IntValue;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;

/**
 * What a GraphQL operation may cost the hub, from the operation alone, before any data is read: an estimate of the
 * rows it can make the hub read and return.
 * <ul>
 * <li>Every field costs 1.</li>
 * <li>A field that takes a list size ({@code first} or {@code limit}, the schema's default when left out) multiplies
 * the cost of everything selected under it by that size: {@code households(first: 100) { edges { node { code } } }}
 * costs 1 + 100 × 3.</li>
 * <li>An expensive field (a graph search, a map, a ranking) adds its weight × its list size × its reach
 * ({@code depth} or {@code maxLength}): {@code neighborhood(depth: 3, limit: 1000)} adds 3,000.</li>
 * </ul>
 * Costs saturate at {@link Integer#MAX_VALUE}, so no nesting of lists overflows into a small number.
 */
final class QueryCost implements FieldComplexityCalculator {

	/** Weights of the fields whose work grows beyond the rows they return. */
	static final Map<String, Integer> DEFAULT_FIELD_COSTS = Map.ofEntries(Map.entry("Query.neighborhood", 1),
			Map.entry("Query.connectionPath", 20), Map.entry("Query.networkMap", 10), Map.entry("Query.discover", 50),
			Map.entry("Query.whoKnows", 200), Map.entry("Query.search", 5), Map.entry("Query.collaborationMetrics", 100),
			Map.entry("Mutation.writeCollaborationMetrics", 5000), Map.entry("Query.serviceGaps", 500),
			Map.entry("Query.supportFunctionCoverage", 200), Map.entry("Query.lostConnections", 25),
			Map.entry("Query.loanScreening", 25), Map.entry("Query.analystCypher", 1000),
			Map.entry("Query.householdStatistics", 200), Map.entry("Query.areaOverview", 200));

	private static final List<String> LIST_SIZES = List.of("first", "limit");

	private static final long MAX_FACTOR = 1_000_000;

	private static final List<String> REACHES = List.of("depth", "maxLength");

	private final Map<String, Integer> fieldCosts;

	QueryCost(Map<String, Integer> configured) {
		Map<String, Integer> costs = new HashMap<>(DEFAULT_FIELD_COSTS);
		if (configured != null) {
			costs.putAll(configured);
		}
		this.fieldCosts = Map.copyOf(costs);
	}

	@Override
	public int calculate(FieldComplexityEnvironment environment, int childCost) {
		GraphQLFieldDefinition field = environment.getFieldDefinition();
		Map<String, Object> arguments = environment.getArguments();
		long size = firstNumber(field, arguments, LIST_SIZES);
		long cost = 1 + size * childCost;
		Integer weight = fieldCosts.get(((GraphQLNamedType) environment.getParentType()).getName() + "." + field.getName());
		if (weight != null) {
			cost += weight * size * firstNumber(field, arguments, REACHES);
		}
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1, cost));
	}

	/** The first of the named arguments the field has, as given or by its default; 1 when it has none of them. */
	private static long firstNumber(GraphQLFieldDefinition field, Map<String, Object> arguments, List<String> names) {
		for (String name : names) {
			GraphQLArgument argument = field.getArgument(name);
			if (argument == null) {
				continue;
			}
			Object value = arguments.get(name);
			if (value == null && argument.hasSetDefaultValue()) {
				value = argument.getArgumentDefaultValue().getValue();
			}
			if (value instanceof IntValue literal) {
				value = literal.getValue();
			}
			// a size out of range is refused by the field itself; here it must neither lower the cost nor overflow it
			return value instanceof Number number ? Math.max(1, Math.min(number.longValue(), MAX_FACTOR)) : 1;
		}
		return 1;
	}
}
