package jp.tsunagu.analystgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.graph.CypherTemplate;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The directory (areas, organisations, networks, services, activities, commissions, taxonomies) copied as it is:
 * its nodes with their labels and properties, then every tie between two of them with its properties
 * (collaborations, memberships, coverage, collaboration metrics written onto organisations).
 */
final class DirectoryProjection {

	private static final String IDS = "MATCH (n:{{label}}) WHERE n.id > $after RETURN n.id AS id ORDER BY id LIMIT $batch";

	private static final String NODES = """
			UNWIND $ids AS id
			MATCH (n:{{label}} {id: id})
			RETURN id, labels(n) AS labels, properties(n) AS properties""";

	private static final String TIES = """
			UNWIND $ids AS id
			MATCH (n:{{label}} {id: id})
			RETURN id, COLLECT {
			  MATCH (n)-[r]->(b) WHERE any(label IN labels(b) WHERE label IN $directory)
			  RETURN {type: type(r), to: b.id, toLabel: [label IN labels(b) WHERE label IN $directory][0],
			          properties: properties(r)}
			} AS ties""";

	private static final String CREATE_NODES = """
			UNWIND $rows AS row
			CREATE (n) SET n:$(row.labels) SET n = row.properties""";

	private static final String CREATE_TIES = """
			UNWIND $rows AS row
			MATCH (a:{{from}} {id: row.from})
			MATCH (b:{{to}} {id: row.to})
			CREATE (a)-[r:$(row.type)]->(b) SET r = row.properties""";

	private final Driver source;

	private final ProjectionTarget target;

	private final RebuildProgress progress;

	DirectoryProjection(Driver source, ProjectionTarget target, RebuildProgress progress) {
		this.source = source;
		this.target = target;
		this.progress = progress;
	}

	/** @return nodes copied, by label */
	Map<String, Long> copyNodes() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String label : ProjectionSchema.DIRECTORY) {
			long[] copied = { 0 };
			KeysetPages.each(source, labelled(IDS, label), labelled(NODES, label), Map.of(), target.batchSize(), page -> {
				List<Map<String, Object>> rows = page.stream()
					.map(record -> Map.<String, Object>of("labels", record.get("labels").asList(Value::asString),
							"properties", record.get("properties").asMap()))
					.toList();
				target.write(CREATE_NODES, rows);
				copied[0] += rows.size();
				progress.copied(label, copied[0]);
			});
			progress.done(label, copied[0]);
			counts.put(label, copied[0]);
		}
		return counts;
	}

	/** @return ties copied */
	long copyTies() {
		long copied = 0;
		for (String label : ProjectionSchema.DIRECTORY) {
			long[] ties = { 0 };
			KeysetPages.each(source, labelled(IDS, label), labelled(TIES, label),
					Map.of("directory", ProjectionSchema.DIRECTORY),
					target.batchSize(), page -> {
						Map<String, List<Map<String, Object>>> byTarget = byTargetLabel(page);
						byTarget.forEach((toLabel, rows) -> target.write(CypherTemplate.compose(CREATE_TIES, Map.of("from", label, "to", toLabel)), rows));
						ties[0] += byTarget.values().stream().mapToLong(List::size).sum();
						progress.copied(label + " ties", ties[0]);
					});
			copied += ties[0];
		}
		progress.done("directory ties", copied);
		return copied;
	}

	/** The label in the MATCH comes from the fixed directory list, never from the data as text. */
	private static Map<String, List<Map<String, Object>>> byTargetLabel(List<Record> page) {
		Map<String, List<Map<String, Object>>> byTarget = new HashMap<>();
		for (Record record : page) {
			String from = record.get("id").asString();
			for (Value tie : record.get("ties").values()) {
				String toLabel = ProjectionSchema.DIRECTORY.get(ProjectionSchema.DIRECTORY.indexOf(tie.get("toLabel").asString()));
				Map<String, Object> row = new HashMap<>();
				row.put("from", from);
				row.put("to", tie.get("to").asString());
				row.put("type", tie.get("type").asString());
				row.put("properties", tie.get("properties").asMap());
				byTarget.computeIfAbsent(toLabel, key -> new ArrayList<>()).add(row);
			}
		}
		return byTarget;
	}

	private static String labelled(String template, String label) {
		return CypherTemplate.compose(template, Map.of("label", label));
	}
}
