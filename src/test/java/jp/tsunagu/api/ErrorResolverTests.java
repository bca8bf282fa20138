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
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;
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

	/** Nothing listens there: the outage's probe never finds the database back during the test. */
	private final Driver unreachable = GraphDatabase.driver("bolt://localhost:1");

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final DatabaseOutage outage = new DatabaseOutage(unreachable, meters);

	@AfterEach
	void close() {
		outage.destroy();
		unreachable.close();
	}

	@Test
	void anUnreachableDatabaseIsUnavailableNotInternalAndCounted() {
		ServiceUnavailableException gone = new ServiceUnavailableException("Connection to the database terminated");

		GraphQLError error = new ErrorResolver(outage)
			.resolveToSingleError(new DataAccessResourceFailureException(gone.getMessage(), gone), households);
		new ErrorResolver(outage).resolveToSingleError(gone, households);

		assertThat(error.getErrorType()).isEqualTo(DatabaseErrorType.UNAVAILABLE);
		assertThat(error.getMessage()).contains("データベースに接続できません", "The database cannot be reached");
		assertThat(error.getExtensions()).containsEntry("code", "UNAVAILABLE").containsEntry("retryAfterSeconds", 1L);
		assertThat(outage.away()).isTrue();
		assertThat(meters.get("tsunagu.database.unavailable.requests").counter().count()).isEqualTo(2);
	}

	@Test
	void aDeadlockLeftAfterTheRetriesIsRetryable() {
		TransientException deadlock = new TransientException("Neo.TransientError.Transaction.DeadlockDetected",
				"ForsetiClient can't acquire ExclusiveLock");

		GraphQLError error = new ErrorResolver(outage).resolveToSingleError(
				new TransientDataAccessResourceException(deadlock.getMessage(), deadlock), households);

		assertThat(error.getErrorType()).isEqualTo(DatabaseErrorType.RETRYABLE);
		assertThat(error.getMessage()).contains("nothing was written").doesNotContain("Forseti", "Neo.");
		assertThat(outage.away()).isFalse();
	}

	@Test
	void aDatabaseErrorComesBackWithoutItsCypher() {
		ClientException driver = new ClientException("Neo.ClientError.Statement.SyntaxError",
				"Invalid input 'RETRN': expected ... \"" + CYPHER + "\"");

		assertGeneric(new ErrorResolver(outage).resolveToSingleError(driver, households));
		assertGeneric(new ErrorResolver(outage).resolveToSingleError(
				new InvalidDataAccessResourceUsageException(driver.getMessage() + "; Cypher: " + CYPHER, driver), households));
	}

	private static void assertGeneric(GraphQLError error) {
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(error.getMessage())
			.isEqualTo("Internal error while fetching /households; the hub's log has the details")
			.doesNotContain("MATCH", "Neo.", "Exception", "\tat ");
		assertThat(error.toSpecification().toString()).doesNotContain("MATCH", "Neo.ClientError");
	}
}
