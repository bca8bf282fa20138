package jp.tsunagu.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.graph.NewestFirstQuery;
import jp.tsunagu.security.Caller;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The import jobs kept in the graph, as their callers may see them: an administrator every job but household files;
 * a coordinator the jobs of their organisation; a household file only the staff of the record holder that uploaded it.
 */
@Repository
class ImportJobQueries {

	static final String VISIBLE = """
			(CASE WHEN j.kind = 'HOUSEHOLDS'
			   THEN $viewer.role IN ['COORDINATOR', 'MEMBER_STAFF'] AND j.ownerOrganizationId = $viewer.organizationId
			   ELSE $viewer.role = 'ADMINISTRATOR'
			        OR ($viewer.role = 'COORDINATOR' AND j.ownerOrganizationId = $viewer.organizationId)
			 END)""";

	private static final NewestFirstQuery LIST = new NewestFirstQuery("MATCH (j:ImportJob) WHERE " + VISIBLE, "j",
			"createdAt");

	private final ReactiveNeo4jClient client;

	ImportJobQueries(ReactiveNeo4jClient client) {
		this.client = client;
	}

	Mono<ImportJobReport> byId(Caller caller, String id) {
		return client.query("MATCH (j:ImportJob {id: $id}) WHERE " + VISIBLE + " RETURN j")
			.bindAll(Map.of("id", id, "viewer", caller.asParameter()))
			.fetchAs(ImportJobReport.class)
			.mappedBy((types, record) -> report(record.get("j")))
			.one();
	}

	Mono<Connection<ImportJobReport>> page(Caller caller, PageRequest page) {
		return LIST.fetch(client, Map.of("viewer", caller.asParameter()), page, ImportJobQueries::report,
				job -> job.createdAt().toString(), ImportJobReport::id);
	}

	private static ImportJobReport report(Value value) {
		Node j = value.asNode();
		return new ImportJobReport(j.get("id").asString(), ImportKind.valueOf(j.get("kind").asString()),
				ImportJob.Status.valueOf(j.get("status").asString()), j.get("fileName").asString(null),
				j.get("format").asString(null), j.get("rows").asInt(0), j.get("accepted").asInt(0), j.get("done").asInt(0),
				j.get("toWrite").asInt(0), j.get("created").asInt(0), j.get("updated").asInt(0), j.get("linked").asInt(0),
				j.get("unchanged").asInt(0), j.get("batchSize").asInt(0),
				ImportJobWrites.JSON.readValue(j.get("errors").asString("[]"), new TypeReference<List<RowError>>() {
				}), j.get("unknownColumns").asList(Value::asString, List.of()),
				ImportJobWrites.JSON.readValue(j.get("duplicates").asString("[]"), new TypeReference<List<Duplicate>>() {
				}), j.get("failure").asString(null), time(j.get("createdAt")), time(j.get("finishedAt")),
				j.get("createdBy").asString(null));
	}

	private static OffsetDateTime time(Value value) {
		return value.isNull() ? null : value.asOffsetDateTime();
	}
}
