package jp.tsunagu.analystgraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Households without code or id, under a pseudonym: member count and composition flags, the district (or
 * municipality) they live in, needs with their status, kinds of isolation, loans by type and repayment status,
 * and the organisations and (pseudonymous) people supporting them; every date coarsened to the first of its month.
 * DV and crime-victim households (protection other than NONE, or none recorded) and archived ones are never read:
 * the analysts' graph cannot count them.
 */
final class HouseholdProjection {

	private static final String IDS = """
			MATCH (h:Household) WHERE h.id > $after AND h.protection = 'NONE' AND NOT coalesce(h.archived, false)
			RETURN h.id AS id ORDER BY id LIMIT $batch""";

	/** The protection is checked again: a household protected between the two reads stays out. */
	private static final String HOUSEHOLDS = """
			UNWIND $ids AS id
			MATCH (h:Household {id: id}) WHERE h.protection = 'NONE' AND NOT coalesce(h.archived, false)
			RETURN id, h.memberCount AS memberCount, coalesce(h.flags, []) AS flags,
			  head(COLLECT { MATCH (h)-[:LIVES_IN]->(a:Area) RETURN a.id }) AS area,
			  [(h)-[i:HAS_ISSUE]->(n:Need) | {need: n.id, status: i.status,
			     since: CASE WHEN i.since IS NULL THEN null ELSE date.truncate('month', i.since) END}] AS issues,
			  [(h)-[:ISOLATED_FROM]->(k:IsolationKind) | k.id] AS isolation,
			  [(h)-[:HAS_LOAN]->(l:Loan) | {loanType: l.loanType, repaymentStatus: l.repaymentStatus,
			     decidedOn: CASE WHEN l.decidedOn IS NULL THEN null ELSE date.truncate('month', l.decidedOn) END}] AS loans,
			  [(s)-[t:SUPPORTS]->(h) WHERE s:Organization OR s:Person | {organization: s:Organization, supporter: s.id,
			     since: CASE WHEN t.since IS NULL THEN null ELSE date.truncate('month', t.since) END,
			     lastContact: CASE WHEN t.lastContact IS NULL THEN null ELSE date.truncate('month', t.lastContact) END}
			  ] AS supporters""";

	private static final String CREATE_HOUSEHOLDS = """
			UNWIND $rows AS row
			CREATE (h:Household {pseudonym: row.pseudonym, memberCount: row.memberCount, flags: row.flags})
			WITH h, row
			CALL (h, row) {
			  MATCH (a:Area {id: row.area})
			  CREATE (h)-[:LIVES_IN]->(a)
			}
			CALL (h, row) {
			  UNWIND row.issues AS issue
			  MATCH (n:Need {id: issue.need})
			  CREATE (h)-[:HAS_ISSUE {status: issue.status, since: issue.since}]->(n)
			}
			CALL (h, row) {
			  UNWIND row.isolation AS kind
			  MATCH (k:IsolationKind {id: kind})
			  CREATE (h)-[:ISOLATED_FROM]->(k)
			}
			CALL (h, row) {
			  UNWIND row.loans AS loan
			  CREATE (h)-[:HAS_LOAN]->(:Loan {loanType: loan.loanType, repaymentStatus: loan.repaymentStatus,
			    decidedOn: loan.decidedOn})
			}
			CALL (h, row) {
			  UNWIND row.organizations AS tie
			  MATCH (o:Organization {id: tie.supporter})
			  CREATE (o)-[:SUPPORTS {since: tie.since, lastContact: tie.lastContact}]->(h)
			}
			CALL (h, row) {
			  UNWIND row.people AS tie
			  MATCH (p:Person {pseudonym: tie.supporter})
			  CREATE (p)-[:SUPPORTS {since: tie.since, lastContact: tie.lastContact}]->(h)
			}""";

	private final Driver source;

	private final ProjectionTarget target;

	private final RebuildProgress progress;

	HouseholdProjection(Driver source, ProjectionTarget target, RebuildProgress progress) {
		this.source = source;
		this.target = target;
		this.progress = progress;
	}

	long copy(Pseudonyms pseudonyms) {
		long[] copied = { 0 };
		KeysetPages.each(source, IDS, HOUSEHOLDS, Map.of(), target.batchSize(), page -> {
			List<Map<String, Object>> rows = page.stream().map(record -> row(record, pseudonyms)).toList();
			target.write(CREATE_HOUSEHOLDS, rows);
			copied[0] += rows.size();
			progress.copied("households", copied[0]);
		});
		progress.done("households", copied[0]);
		return copied[0];
	}

	private static Map<String, Object> row(Record record, Pseudonyms pseudonyms) {
		Map<String, Object> row = new HashMap<>();
		row.put("pseudonym", pseudonyms.household(record.get("id").asString()));
		row.put("memberCount", record.get("memberCount").asObject());
		row.put("flags", record.get("flags").asList(Value::asString));
		row.put("area", record.get("area").asObject());
		row.put("issues", record.get("issues").asList(Value::asMap));
		row.put("isolation", record.get("isolation").asList(Value::asString));
		row.put("loans", record.get("loans").asList(Value::asMap));
		List<Value> supporters = record.get("supporters").asList(value -> value);
		row.put("organizations", supporters.stream()
			.filter(tie -> tie.get("organization").asBoolean())
			.map(tie -> tie(tie.get("supporter").asString(), tie))
			.toList());
		row.put("people", supporters.stream()
			.filter(tie -> !tie.get("organization").asBoolean())
			.map(tie -> tie(pseudonyms.person(tie.get("supporter").asString()), tie))
			.toList());
		return row;
	}

	private static Map<String, Object> tie(String supporter, Value tie) {
		Map<String, Object> row = new HashMap<>();
		row.put("supporter", supporter);
		row.put("since", tie.get("since").asObject());
		row.put("lastContact", tie.get("lastContact").asObject());
		return row;
	}
}
