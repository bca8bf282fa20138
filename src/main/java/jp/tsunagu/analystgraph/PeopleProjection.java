package jp.tsunagu.analystgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.graph.CypherTemplate;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * People as a role, an organisation and a district under a pseudonym: their kind (staff member, 民生委員), whether
 * archived, whether 主任児童委員, and their ties to the directory (WORKS_FOR with its role, BELONGS_TO their 民児協,
 * ASSIGNED_TO their district, MEMBER_OF networks) with start dates coarsened to the month. No name, no id.
 */
final class PeopleProjection {

	private static final String IDS = "MATCH (p:Person) WHERE p.id > $after RETURN p.id AS id ORDER BY id LIMIT $batch";

	private static final String PEOPLE = """
			UNWIND $ids AS id
			MATCH (p:Person {id: id})
			RETURN id, [label IN labels(p) WHERE label IN $personLabels] AS labels,
			  coalesce(p.archived, false) AS archived, p.chiefChildCommissioner AS chiefChildCommissioner,
			  COLLECT {
			    MATCH (p)-[r]->(b) WHERE type(r) IN $personTies AND any(label IN labels(b) WHERE label IN $directory)
			    RETURN {type: type(r), to: b.id, toLabel: [label IN labels(b) WHERE label IN $directory][0], role: r.role,
			            since: CASE WHEN r.since IS NULL THEN null ELSE date.truncate('month', r.since) END}
			  } AS ties""";

	private static final String CREATE_PEOPLE = """
			UNWIND $rows AS row
			CREATE (p:Person {pseudonym: row.pseudonym, archived: row.archived,
			  chiefChildCommissioner: row.chiefChildCommissioner})
			SET p:$(row.labels)""";

	private static final String CREATE_TIES = """
			UNWIND $rows AS row
			MATCH (p:Person {pseudonym: row.from})
			MATCH (b:{{to}} {id: row.to})
			CREATE (p)-[r:$(row.type)]->(b) SET r.role = row.role, r.since = row.since""";

	private final Driver source;

	private final ProjectionTarget target;

	private final RebuildProgress progress;

	PeopleProjection(Driver source, ProjectionTarget target, RebuildProgress progress) {
		this.source = source;
		this.target = target;
		this.progress = progress;
	}

	long copy(Pseudonyms pseudonyms) {
		long[] copied = { 0 };
		Map<String, Object> parameters = Map.of("personLabels", ProjectionSchema.PERSON_LABELS, "personTies",
				ProjectionSchema.PERSON_TIES, "directory", ProjectionSchema.DIRECTORY);
		KeysetPages.each(source, IDS, PEOPLE, parameters, target.batchSize(), page -> {
			List<Map<String, Object>> people = new ArrayList<>();
			Map<String, List<Map<String, Object>>> ties = new HashMap<>();
			for (Record record : page) {
				String pseudonym = pseudonyms.person(record.get("id").asString());
				Map<String, Object> person = new HashMap<>();
				person.put("pseudonym", pseudonym);
				person.put("labels", record.get("labels").asList(Value::asString));
				person.put("archived", record.get("archived").asBoolean());
				person.put("chiefChildCommissioner", record.get("chiefChildCommissioner").asObject());
				people.add(person);
				for (Value tie : record.get("ties").values()) {
					String toLabel = ProjectionSchema.DIRECTORY
						.get(ProjectionSchema.DIRECTORY.indexOf(tie.get("toLabel").asString()));
					Map<String, Object> row = new HashMap<>();
					row.put("from", pseudonym);
					row.put("to", tie.get("to").asString());
					row.put("type", tie.get("type").asString());
					row.put("role", tie.get("role").asObject());
					row.put("since", tie.get("since").asObject());
					ties.computeIfAbsent(toLabel, key -> new ArrayList<>()).add(row);
				}
			}
			target.write(CREATE_PEOPLE, people);
			ties.forEach((toLabel, rows) -> target.write(CypherTemplate.compose(CREATE_TIES, Map.of("to", toLabel)), rows));
			copied[0] += people.size();
			progress.copied("people", copied[0]);
		});
		progress.done("people", copied[0]);
		return copied[0];
	}
}
