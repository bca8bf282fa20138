package jp.tsunagu.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a GraphQL operation may cost the hub, from the operation alone, before any data is read: an estimate of the
 * rows it can make the hub read and return.
 * <ul>
 * <li>Every field costs 1, plus what is selected under it.</li>
 * <li>A list costs its selection once per item it may hold: its own size ({@code first} or {@code limit}, the
 * schema's default when left out), else its parent's ({@code edges} of {@code households(first: 100)}), else 1.</li>
 * <li>A field with a size that is not a list (a connection, a map) adds its size: it reads that many rows whatever
 * is selected. {@code households(first: 100) { totalCount edges { node { code } } }} costs
 * 1 + 100 + 1 + 100 × (1 + 1 + 1) = 402.</li>
 * <li>An expensive field (a graph search, a map, a ranking) adds its weight × its size × its reach ({@code depth}
 * or {@code maxLength}): {@code neighborhood(depth: 3, limit: 1000)} adds 3,000.</li>
 * </ul>
 * Costs are summed in saturating arithmetic up to {@link #CEILING}, so no nesting of lists or number of aliases
 * overflows into a small number.
 */
final class QueryCost {

	/** Weights of the fields whose work grows beyond the rows they return. */
	static final Map<String, Integer> DEFAULT_FIELD_COSTS = Map.ofEntries(Map.entry("Query.neighborhood", 1),
			Map.entry("Query.connectionPath", 20), Map.entry("Query.networkMap", 2), Map.entry("Query.discover", 50),
			Map.entry("Query.whoKnows", 200), Map.entry("Query.search", 5), Map.entry("Query.collaborationMetrics", 100),
			Map.entry("Mutation.writeCollaborationMetrics", 5000), Map.entry("Query.serviceGaps", 500),
			Map.entry("Query.supportFunctionCoverage", 200), Map.entry("Query.lostConnections", 25),
			Map.entry("Query.loanScreening", 25), Map.entry("Query.analystCypher", 1000),
			Map.entry("Query.householdStatistics", 200), Map.entry("Query.areaOverview", 200));

	/** The most a cost is counted to: far above any limit, far below overflow. */
	static final long CEILING = Integer.MAX_VALUE;

	private static final List<String> LIST_SIZES = List.of("first", "limit");

	private static final List<String> REACHES = List.of("depth", "maxLength");

	private static final long MAX_FACTOR = 1_000_000;

	private final Map<String, Integer> fieldCosts;

	QueryCost(Map<String, Integer> configured) {
		Map<String, Integer> costs = new HashMap<>(DEFAULT_FIELD_COSTS);
		if (configured != null) {
			costs.putAll(configured);
		}
		this.fieldCosts = Map.copyOf(costs);
	}

	/** The cost of the operation, fragments expanded and each alias counted; at most {@link #CEILING}. */
	long of(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
		Map<QueryVisitorFieldEnvironment, Long> childCosts = new HashMap<>();
		long[] total = { 0 };
		QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.coercedVariables(variables)
			.build()
			.visitPostOrder(new QueryVisitorStub() {

				@Override
				public void visitField(QueryVisitorFieldEnvironment environment) {
					if (environment.isTypeNameIntrospectionField()) {
						return;
					}
					long cost = field(environment, childCosts.getOrDefault(environment, 0L));
					QueryVisitorFieldEnvironment parent = environment.getParentEnvironment();
					if (parent == null) {
						total[0] = add(total[0], cost);
					}
					else {
						childCosts.merge(parent, cost, QueryCost::add);
					}
				}
			});
		return total[0];
	}

	private long field(QueryVisitorFieldEnvironment environment, long childCost) {
		GraphQLFieldDefinition field = environment.getFieldDefinition();
		long size = firstNumber(field, environment.getArguments(), LIST_SIZES);
		long cost;
		if (isList(field)) {
			// a list's items, each with its selection: as many as its own size, else its parent's (a connection's edges)
			long items = size > 0 ? size : parentSize(environment);
			cost = multiply(items, add(1, childCost));
		}
		else {
			// a sized field that is not a list (a connection, a map) reads its rows even when none are selected
			cost = add(add(1, size), childCost);
		}
		Integer weight = fieldCosts.get(environment.getFieldsContainer().getName() + "." + field.getName());
		if (weight != null) {
			long reach = Math.max(1, firstNumber(field, environment.getArguments(), REACHES));
			cost = add(cost, multiply(multiply(weight, Math.max(1, size)), reach));
		}
		return cost;
	}

	/** The size of a parent that is not itself a list (whose items are counted already); else 1. */
	private static long parentSize(QueryVisitorFieldEnvironment environment) {
		QueryVisitorFieldEnvironment parent = environment.getParentEnvironment();
		if (parent == null || isList(parent.getFieldDefinition())) {
			return 1;
		}
		return Math.max(1, firstNumber(parent.getFieldDefinition(), parent.getArguments(), LIST_SIZES));
	}

	private static boolean isList(GraphQLFieldDefinition field) {
		return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()));
	}

	/** The first of the named arguments the field has, as given or by its default; 0 when it has none of them. */
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
		return 0;
	}

	private static long add(long a, long b) {
		return Math.min(CEILING, a + b);
	}

	private static long multiply(long a, long b) {
		return a != 0 && b > CEILING / a ? CEILING : Math.min(CEILING, a * b);
	}
}
