package jp.tsunagu.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.graph.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Reading#PROPERTY} beside the name, and {@link Reading#DESCRIPTION_PROPERTY} beside the description, of
 * everything the directory search finds. On the embedded database
 * every transaction that writes a name writes its reading too, whichever feature wrote it (the API, imports, the
 * generator, the demo); on start, names without a reading get one (a database written before readings were kept, or a
 * Neo4j server, which runs no listener of the hub's: there names written since the last start read as written).
 */
@Component
@Order(2)
class NameReadings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NameReadings.class);

	/** The labels of the {@code directory_text} index. */
	static final Set<String> LABELS = Set.of("Organization", "Service", "Network", "Activity");

	private static final int BATCH = 2_000;

	/** The texts that are read, and the property each one's reading is kept in. */
	private static final Map<String, String> READ = Map.of("name", Reading.PROPERTY, "description",
			Reading.DESCRIPTION_PROPERTY);

	private static final String WITHOUT_READING = """
			MATCH (n) WHERE (n:Organization OR n:Service OR n:Network OR n:Activity)
			  AND ((n.name IS NOT NULL AND n.nameReading IS NULL)
			    OR (n.description IS NOT NULL AND n.descriptionReading IS NULL))
			RETURN elementId(n) AS id, n.name AS name, n.description AS description LIMIT $batch""";

	private static final String WRITE_READINGS = """
			UNWIND $rows AS row
			MATCH (n) WHERE elementId(n) = row.id
			SET n.nameReading = row.name, n.descriptionReading = row.description""";

	private final Driver driver;

	NameReadings(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.driver = driver;
		embedded.ifAvailable(database -> database.onTransactions(new OnWrite()));
	}

	@Override
	public void run(ApplicationArguments args) {
		int filled = 0;
		try (var session = driver.session()) {
			while (true) {
				List<Map<String, Object>> rows = new ArrayList<>();
				session.executeRead(tx -> tx.run(WITHOUT_READING, Map.of("batch", BATCH)).list())
					.forEach(row -> {
						Map<String, Object> readings = new java.util.HashMap<>();
						readings.put("id", row.get("id").asString());
						readings.put("name", Reading.key(row.get("name").asString(null)));
						readings.put("description", Reading.key(row.get("description").asString(null)));
						rows.add(readings);
					});
				if (rows.isEmpty()) {
					break;
				}
				session.executeWriteWithoutResult(tx -> tx.run(WRITE_READINGS, Map.of("rows", rows)).consume());
				filled += rows.size();
			}
		}
		if (filled > 0) {
			log.info("Readings written for {} names of the directory", filled);
		}
	}

	/** Writes the reading of each name or description a transaction assigns, and those of a node newly in the directory. */
	private static final class OnWrite extends TransactionEventListenerAdapter<Void> {

		@Override
		public Void beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
			for (PropertyEntry<Node> assigned : data.assignedNodeProperties()) {
				if (READ.containsKey(assigned.key()) && !data.isDeleted(assigned.entity())) {
					readingOf(assigned.entity(), assigned.key());
				}
			}
			for (PropertyEntry<Node> removed : data.removedNodeProperties()) {
				if (READ.containsKey(removed.key()) && !data.isDeleted(removed.entity()) && inDirectory(removed.entity())) {
					removed.entity().removeProperty(READ.get(removed.key()));
				}
			}
			for (LabelEntry label : data.assignedLabels()) {
				if (LABELS.contains(label.label().name()) && !data.isDeleted(label.node())) {
					READ.keySet().forEach(text -> readingOf(label.node(), text));
				}
			}
			return null;
		}

		private static void readingOf(Node node, String text) {
			if (inDirectory(node) && node.getProperty(text, null) instanceof String value) {
				node.setProperty(READ.get(text), Reading.key(value));
			}
		}

		private static boolean inDirectory(Node node) {
			for (Label label : node.getLabels()) {
				if (LABELS.contains(label.name())) {
					return true;
				}
			}
			return false;
		}
	}
}
