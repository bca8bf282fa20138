package jp.tsunagu.security;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth and complexity are checked on the parsed, validated operation, before any data is fetched. Introspection is
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

	@Bean
	Instrumentation maxQueryComplexity(RequestLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return introspection(parameters) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return abort(RequestLimitsError.QUERY_TOO_COMPLEX, maxComplexity, "The query selects " + complexity
						+ " fields (fragments expanded); the hub allows at most " + maxComplexity
						+ ". Ask for fewer fields, or split the query");
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
}
