package jp.tsunagu.api;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.TransientException;

/**
 * A field the database could not serve for a passing reason (every connection in use and the queue of waiting ones
 * full, a lock timed out, a deadlock broken): the hub is busy, not broken, and says so instead of an internal error.
 */
enum HubBusy implements ErrorClassification {

	HUB_BUSY;

	static boolean causedBy(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof TransientException) {
				return true;
			}
		}
		return false;
	}

	GraphQLError error(DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(this)
			.message("The hub is busy and could not read " + env.getExecutionStepInfo().getPath()
					+ " now; retry in a few seconds, or ask for less at once")
			.extensions(Map.of("code", name(), "retryAfterSeconds", 5, "messageJa",
					"ハブが混み合っているため " + env.getExecutionStepInfo().getPath()
							+ " を読めませんでした。数秒後に再試行するか、一度に求める量を減らしてください"))
			.build();
	}
}
