package jp.tsunagu.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Bad arguments come back naming the argument; a database that cannot be reached, or write conflicts left after the
 * hub's retries, come back as {@link DatabaseErrorType} (the outage logged once, by {@link DatabaseOutage}); anything
 * else comes back as a plain internal error with no stack trace or Cypher, and is logged here for the operator.
 */
@Component
class ErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ErrorResolver.class);

	private final DatabaseOutage outage;

	ErrorResolver(DatabaseOutage outage) {
		this.outage = outage;
		setThreadLocalContextAware(false);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException invalid) {
			java.util.Map<String, Object> extensions = new java.util.LinkedHashMap<>();
			extensions.put("argument", invalid.argument());
			if (invalid.messageJa() != null) {
				extensions.put("messageJa", invalid.messageJa());
				extensions.put("messageEn", invalid.messageEn());
			}
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.message(Language.of(env.getGraphQlContext())))
				.extensions(extensions)
				.build();
		}
		if (ex instanceof NotAllowedException denied) {
			GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(env)
				.errorType(denied.signInRequired() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
				.message(denied.message(Language.of(env.getGraphQlContext())));
			if (denied.reason() != null) {
				error.extensions(java.util.Map.of("messageJa", denied.reason().japanese(), "messageEn",
						denied.reason().english()));
			}
			return error.build();
		}
		if (DatabaseFaults.unavailable(ex)) {
			outage.refused(ex);
			return databaseError(env, DatabaseErrorType.UNAVAILABLE);
		}
		if (DatabaseFaults.transientConflict(ex)) {
			log.warn("Write conflicts went on after the retries at {}: {}", env.getExecutionStepInfo().getPath(),
					ex.getMessage());
			return databaseError(env, DatabaseErrorType.RETRYABLE);
		}
		log.error("Failed to fetch {}", env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error while fetching " + env.getExecutionStepInfo().getPath()
					+ "; the hub's log has the details")
			.build();
	}

	private static GraphQLError databaseError(DataFetchingEnvironment env, DatabaseErrorType type) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(type.message()).extensions(type.extensions()).build();
	}
}
