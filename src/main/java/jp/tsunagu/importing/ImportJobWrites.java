package jp.tsunagu.importing;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each import job in the graph: its kind, owner, status, counts, progress and report (errors, unknown columns
 * and duplicate candidates as JSON). Never the uploaded rows: those stay in the hub's memory until written or expired.
 */
@Repository
class ImportJobWrites {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final Driver driver;

	ImportJobWrites(Driver driver) {
		this.driver = driver;
	}

	void save(ImportJob job) {
		ImportJobReport report = job.report();
		Map<String, Object> properties = new HashMap<>();
		properties.put("kind", report.kind().name());
		properties.put("status", report.status().name());
		properties.put("fileName", report.fileName());
		properties.put("format", report.format());
		properties.put("rows", report.rows());
		properties.put("accepted", report.accepted());
		properties.put("toWrite", report.toWrite());
		properties.put("done", report.done());
		properties.put("created", report.created());
		properties.put("updated", report.updated());
		properties.put("linked", report.linked());
		properties.put("unchanged", report.unchanged());
		properties.put("batchSize", report.batchSize());
		properties.put("failure", report.failure());
		properties.put("createdAt", report.createdAt());
		properties.put("finishedAt", report.finishedAt());
		properties.put("expiresAt", job.expiresAt);
		properties.put("createdBy", report.createdBy());
		properties.put("ownerRole", job.owner.role() == null ? null : job.owner.role().name());
		properties.put("ownerOrganizationId", job.owner.organizationId());
		properties.put("errors", JSON.writeValueAsString(report.errors()));
		properties.put("unknownColumns", report.unknownColumns());
		properties.put("duplicates", JSON.writeValueAsString(report.duplicates()));
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("MERGE (j:ImportJob {id: $id}) SET j += $properties",
					Map.of("id", job.id, "properties", properties)).consume());
		}
	}

	/**
	 * Dry runs not confirmed by their expiry become EXPIRED; jobs finished (or expired) more than the retention ago
	 * are deleted.
	 */
	void expire(OffsetDateTime now, int retentionDays) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run("""
						MATCH (j:ImportJob {status: 'DRY_RUN'}) WHERE j.expiresAt <= $now
						SET j.status = 'EXPIRED', j.finishedAt = $now""", Map.of("now", now)).consume();
				tx.run("""
						MATCH (j:ImportJob) WHERE j.finishedAt < $now - duration({days: $days})
						DETACH DELETE j""", Map.of("now", now, "days", retentionDays)).consume();
			});
		}
	}

	/**
	 * After a start of the hub, no job is in its memory: dry runs waiting for a confirm have lost their rows and
	 * expire; jobs that were writing stop as FAILED, with the batches committed before (their {@code done}) in the graph.
	 */
	void afterRestart(OffsetDateTime now) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run("""
						MATCH (j:ImportJob {status: 'DRY_RUN'})
						SET j.status = 'EXPIRED', j.finishedAt = $now""", Map.of("now", now)).consume();
				tx.run("""
						MATCH (j:ImportJob {status: 'RUNNING'})
						SET j.status = 'FAILED', j.finishedAt = $now,
						    j.failure = 'interrupted by a restart of the hub; ' + j.done + ' rows were written before it '
						                + '(ハブの再起動で中断しました)'""", Map.of("now", now)).consume();
			});
		}
	}
}
