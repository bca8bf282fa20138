package jp.tsunagu.api;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorResolverTests {

	private static final String CYPHER = "MATCH (h:Household {id: $id})-[:LIVES_IN]->(a:Area) RETURN h";

	private final DataFetchingEnvironment households = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.mergedField(MergedField.newMergedField(Field.newField("households").sourceLocation(new SourceLocation(1, 3)).build())
			.build())
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.rootPath().segment("households"))
			.build())
		.build();

	@Test
	void aDatabaseErrorComesBackWithoutItsCypher() {
		ClientException driver = new ClientException("Neo.ClientError.Statement.SyntaxError",
				"Invalid input 'RETRN': expected ... \"" + CYPHER + "\"");

		assertGeneric(new ErrorResolver().resolveToSingleError(driver, households));
		assertGeneric(new ErrorResolver().resolveToSingleError(
				new InvalidDataAccessResourceUsageException(driver.getMessage() + "; Cypher: " + CYPHER, driver), households));
	}

	@Test
	void aFullConnectionPoolComesBackAsABusyHubNotAnInternalError() {
		TransientException full = new TransientException("N/A", "Connection pool pending acquisition queue is full.");

		GraphQLError error = new ErrorResolver().resolveToSingleError(new RuntimeException("wrapped", full), households);

		assertThat(error.getErrorType()).hasToString("HUB_BUSY");
		assertThat(error.getMessage()).startsWith("The hub is busy").doesNotContain("pool", "Exception");
		assertThat(error.getExtensions()).containsEntry("code", "HUB_BUSY").containsKey("messageJa");
	}

	private static void assertGeneric(GraphQLError error) {
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(error.getMessage())
			.isEqualTo("Internal error while fetching /households; the hub's log has the details")
			.doesNotContain("MATCH", "Neo.", "Exception", "\tat ");
		assertThat(error.toSpecification().toString()).doesNotContain("MATCH", "Neo.ClientError");
	}
}
