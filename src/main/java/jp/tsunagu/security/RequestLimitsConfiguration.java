package jp.tsunagu.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth, cost and top-level fields are checked on the parsed, validated operation, before any data is fetched. Introspection is
 * left to graphql-java's good-faith introspection check, which already bounds it: GraphiQL's schema query nests
 * deeper than any query of the hub's own types needs to.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
class RequestLimitsConfiguration {

	@Bean
	Instrumentation maxQueryDepth(RequestLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return introspection(parameters) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return abort(RequestLimitsError.QUERY_TOO_DEEP, maxDepth, "The query nests fields " + depth
						+ " levels deep; the hub allows at most " + maxDepth + ". Ask for fewer levels, or split the query");
			}
		};
	}

	/**
	 * The cost ({@link QueryCost}), then the number of top-level fields, both from the operation alone; a refusal names
	 * what was counted and the limit, in Japanese and English.
	 */
	@Bean
	Instrumentation maxQueryCost(RequestLimits limits) {
		QueryCost cost = new QueryCost(limits.fieldCosts());
		return new SimplePerformantInstrumentation() {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				if (introspection(parameters)) {
					return SimpleInstrumentationContext.noOp();
				}
				ExecutionContext context = parameters.getExecutionContext();
				long total = cost.of(context.getGraphQLSchema(), context.getDocument(),
						context.getOperationDefinition().getName(), context.getCoercedVariables());
				if (total > limits.maxCost()) {
					throw abort(RequestLimitsError.QUERY_TOO_COSTLY, limits.maxCost(), Map.of("cost", total),
							"The query would cost " + total + " (each field 1, multiplied by the first/limit sizes above it, "
									+ "plus the weight of expensive fields); the hub allows at most " + limits.maxCost()
									+ ". Ask for smaller pages, fewer aliases or less depth, or split the query",
							"このクエリのコストは" + total + "です（フィールドごとに1、上位のfirst/limitの件数を掛け、重い検索には重みを加算）。"
									+ "上限は" + limits.maxCost() + "です。件数・別名・深さを減らすか、クエリを分けてください");
				}
				int rootFields = RootFields.count(context.getOperationDefinition().getSelectionSet(),
						context.getFragmentsByName());
				if (rootFields > limits.maxRootFields()) {
					throw abort(RequestLimitsError.TOO_MANY_ROOT_FIELDS, limits.maxRootFields(), Map.of("rootFields", rootFields),
							"The query selects " + rootFields + " top-level fields (aliases counted); the hub allows at most "
									+ limits.maxRootFields() + ". Split the query",
							"トップレベルのフィールドが" + rootFields + "個あります（別名も数えます）。上限は" + limits.maxRootFields()
									+ "個です。クエリを分けてください");
				}
				return SimpleInstrumentationContext.noOp();
			}
		};
	}

	private static boolean introspection(InstrumentationExecuteOperationParameters parameters) {
		return parameters.getExecutionContext()
			.getOperationDefinition()
			.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	/** graphql-java answers an aborted operation with the exception's underlying errors. */
	private static AbortExecutionException abort(RequestLimitsError classification, int limit, String message) {
		return new AbortExecutionException(List.of(classification.error(message, Map.of("limit", limit))));
	}

	private static AbortExecutionException abort(RequestLimitsError classification, int limit,
			Map<String, Object> counted, String message, String messageJa) {
		Map<String, Object> extensions = new LinkedHashMap<>(counted);
		extensions.put("limit", limit);
		extensions.put("code", classification.name());
		extensions.put("messageJa", messageJa);
		return new AbortExecutionException(List.of(classification.error(message, extensions)));
	}
}
