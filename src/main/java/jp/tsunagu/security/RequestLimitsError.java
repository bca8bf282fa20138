package jp.tsunagu.security;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * The {@code classification} of an error for a request over one of the {@link RequestLimits}; its extensions name
 * the {@code limit}.
 */
enum RequestLimitsError implements ErrorClassification {

	QUERY_TOO_DEEP, QUERY_TOO_COSTLY, TOO_MANY_ROOT_FIELDS, REQUEST_TOO_LARGE, RATE_LIMITED, TIMED_OUT;

	GraphQLError error(String message, Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError().errorType(this).message(message).extensions(extensions).build();
	}

	/** A response carrying only this error, for a request answered without (or instead of) executing it. */
	WebGraphQlResponse response(WebGraphQlRequest request, String message, Map<String, Object> extensions) {
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error(message, extensions)).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}
}
