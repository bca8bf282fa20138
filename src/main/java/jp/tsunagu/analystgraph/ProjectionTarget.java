package jp.tsunagu.analystgraph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Session;

/**
 * Writes into the analysts' graph: batched UNWIND statements, one write transaction per batch, and the wipe and
 * schema that start every rebuild.
 */
final class ProjectionTarget {

	/**
	 * Ties first, then nodes, each in transactions of a batch: deleting a node with its ties in one would delete, for a
	 * need or an area at national scale, millions of ties in one transaction.
	 */
	private static final List<String> WIPE = List.of(
			"MATCH ()-[tie]->() CALL (tie) { DELETE tie } IN TRANSACTIONS OF $batch ROWS",
			"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS");

	/** Constraints and indexes not of the projection's schema (whose names all start so). */
	private static final String CONSTRAINTS = "SHOW CONSTRAINTS YIELD name WHERE NOT name STARTS WITH 'analyst_' RETURN name";

	/**
	 * Indexes that back a constraint go with it. Of the projection's own names, those a build stopped half-way left
	 * behind go too: an index that failed, or a plain index under a name the schema gives a constraint.
	 */
	private static final String INDEXES = "SHOW INDEXES YIELD name, type, state, owningConstraint "
			+ "WHERE type <> 'LOOKUP' AND owningConstraint IS NULL "
			+ "AND (NOT name STARTS WITH 'analyst_' OR state = 'FAILED' OR NOT name IN $indexes) RETURN name";

	/** The projection's constraints whose index failed. */
	private static final String FAILED_CONSTRAINTS = "SHOW INDEXES YIELD state, owningConstraint "
			+ "WHERE state = 'FAILED' AND owningConstraint IS NOT NULL RETURN owningConstraint AS name";

	private final AnalystGraph graph;

	private final int batchSize;

	ProjectionTarget(AnalystGraph graph, int batchSize) {
		this.graph = graph;
		this.batchSize = batchSize;
	}

	/**
	 * Empties the graph, whatever anyone wrote there, and lays down the schema. Constraints and indexes made by
	 * others go too, so nothing left behind can make the rebuild fail; the projection's own stay.
	 */
	void reset() {
		try (Session session = graph.writeSession()) {
			for (String wipe : WIPE) {
				session.run(wipe, Map.of("batch", batchSize)).consume();
			}
			for (String constraints : List.of(CONSTRAINTS, FAILED_CONSTRAINTS)) {
				for (String name : session.run(constraints).list(record -> record.get("name").asString())) {
					session.run("DROP CONSTRAINT $name IF EXISTS", Map.of("name", name)).consume();
				}
			}
			for (String name : session.run(INDEXES, Map.of("indexes", ProjectionSchema.INDEXES))
				.list(record -> record.get("name").asString())) {
				session.run("DROP INDEX $name IF EXISTS", Map.of("name", name)).consume();
			}
			for (String statement : ProjectionSchema.statements()) {
				session.run(statement).consume();
			}
			session.run("CALL db.awaitIndexes(300)").consume();
		}
	}

	void write(String statement, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		try (Session session = graph.writeSession()) {
			session.executeWriteWithoutResult(tx -> tx.run(statement, Map.of("rows", rows)).consume());
		}
	}

	void write(String statement, Map<String, Object> parameters) {
		try (Session session = graph.writeSession()) {
			session.executeWriteWithoutResult(tx -> tx.run(statement, parameters).consume());
		}
	}

	int batchSize() {
		return batchSize;
	}
}
