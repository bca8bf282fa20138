package jp.tsunagu.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.analystgraph.AnalystGraph;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.security.Caller;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The analysts' read-only Cypher, on the analysts' de-identified graph (never the operational one): checked, run in
 * a read session (the database refuses writes) inside a transaction with a timeout that is never committed, cut at
 * the row cap and logged.
 */
@Service
class AnalystCypher {

	/** Errors of the analyst's own query, whose message is theirs to read. */
	private static final List<String> QUERY_ERRORS = List.of("Neo.ClientError.Statement.",
			"Neo.ClientError.Procedure.", "Neo.ClientError.Request.");

	private final AnalystGraph graph;

	private final AnalystQueryLog log;

	private final AnalyticsProperties properties;

	AnalystCypher(AnalystGraph graph, AnalystQueryLog log, AnalyticsProperties properties) {
		this.graph = graph;
		this.log = log;
		this.properties = properties;
	}

	Mono<CypherResult> run(Caller analyst, String query, Object parameters) {
		return Mono.fromCallable(() -> answer(analyst, query, parameters))
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorResume(ex -> log.refused(analyst, query).then(Mono.error(ex)));
	}

	private CypherResult answer(Caller analyst, String query, Object parameters) {
		String statement = CypherGuard.check(query);
		Value values = parameters(parameters);
		List<String> columns;
		List<Record> records = new ArrayList<>();
		TransactionConfig config = TransactionConfig.builder()
			.withTimeout(properties.timeout())
			.withMetadata(Map.of("app", "tsunagu-analyst", "analyst", analyst.username()))
			.build();
		try (Session session = graph.readSession(); Transaction transaction = session.beginTransaction(config)) {
			PlanGuard.check(transaction.run("EXPLAIN " + statement, values).consume().plan());
			Result result = transaction.run(statement, values);
			columns = result.keys();
			// One row past the cap tells whether there were more; the rest is never fetched.
			while (records.size() <= properties.rowCap() && result.hasNext()) {
				records.add(result.next());
			}
			// Never committed: closing the transaction rolls it back.
		}
		catch (Neo4jException ex) {
			throw failure(ex);
		}
		boolean truncated = records.size() > properties.rowCap();
		List<List<Object>> rows = AnswerValues.rows(truncated ? records.subList(0, properties.rowCap()) : records);
		log.answered(analyst, query, rows.size());
		return new CypherResult(columns, rows, truncated, rows.size());
	}

	private static Value parameters(Object parameters) {
		if (parameters == null) {
			return Values.value(Map.of());
		}
		if (!(parameters instanceof Map<?, ?>)) {
			throw new InvalidArgumentException("parameters", "must be a JSON object of parameter names to values");
		}
		try {
			return Values.value(parameters);
		}
		catch (ClientException ex) {
			throw new InvalidArgumentException("parameters", ex.getMessage());
		}
	}

	/** The analyst's mistakes come back to them; anything else is the hub's, logged and answered without details. */
	private RuntimeException failure(Neo4jException ex) {
		String code = String.valueOf(ex.code());
		if (code.contains("TransactionTimedOut")) {
			return CypherGuard.refused("took longer than " + seconds(properties.timeout())
					+ " and was stopped; narrow it (LIMIT, a label, an indexed property)");
		}
		if (QUERY_ERRORS.stream().anyMatch(code::startsWith)) {
			return CypherGuard.refused(ex.getMessage());
		}
		return ex;
	}

	private static String seconds(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
	}
}
