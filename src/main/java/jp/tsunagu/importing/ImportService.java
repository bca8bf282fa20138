package jp.tsunagu.importing;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.NotAllowedException;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.importing.ImportJob.PlannedRow;
import jp.tsunagu.importing.ImportJob.Status;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports a coordinator's file: a dry run first (every bad row with its row, column and reason; unknown columns;
 * duplicate candidates), nothing written until confirmed; then the accepted rows that change something, all or
 * nothing per file (per batch of {@link #WHOLE_FILE_ROWS} rows for larger files). Coordinators import into their own
 * council's area; administrators (and the command line) anywhere.
 */
@Service
public class ImportService {

	/** Files up to this many rows to write go in one transaction; larger ones in batches of this size. */
	public static final int WHOLE_FILE_ROWS = 20_000;

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final ImportPlanning planning;

	private final ImportQueries queries;

	private final ImportWrites writes;

	private final ImportJobs jobs;

	private final AuditLog audit;

	ImportService(ImportPlanning planning, ImportQueries queries, ImportWrites writes, ImportJobs jobs, AuditLog audit) {
		this.planning = planning;
		this.queries = queries;
		this.writes = writes;
		this.jobs = jobs;
		this.audit = audit;
	}

	/** One decision of the coordinator's for a duplicate row; {@code candidateId} picks among several candidates. */
	public record RowDecision(int row, Decision decision, String candidateId) {
	}

	/** Reads and checks the file and reports; writes nothing. */
	public ImportJobReport dryRun(Caller caller, ImportKind kind, String fileName, byte[] content, String encoding)
			throws IOException {
		Set<String> scope = scopeOf(caller);
		TabularFile.Table table = TabularFile.read(fileName, content, encoding);
		RowParsing.Parsed parsed = RowParsing.parse(kind, table);
		List<Duplicate> duplicates = new ArrayList<>();
		List<PlannedRow> accepted = parsed.headerErrors().isEmpty()
				? planning.plan(kind, parsed.rows(), scope, duplicates) : List.of();
		List<RowError> errors = new ArrayList<>(parsed.headerErrors());
		parsed.rows().forEach(row -> errors.addAll(row.errors));
		errors.sort(Comparator.comparingInt(RowError::row));
		ImportJob job = new ImportJob(kind, fileName, table.format(), caller, table.rows().size(), errors,
				parsed.unknownColumns(), duplicates, new ArrayList<>(accepted));
		job.unchanged = (int) accepted.stream().filter(plannedRow -> !plannedRow.changes).count();
		jobs.add(job);
		log.info("import {} dry run of {} ({}, {}) by {}: {} rows, {} accepted, {} errors, {} duplicate candidates",
				job.id, fileName, kind, table.format(), caller, job.rows, accepted.size(), errors.size(), duplicates.size());
		return job.report();
	}

	public ImportJobReport job(Caller caller, String id) {
		return jobs.visibleTo(caller, id)
			.orElseThrow(() -> new InvalidArgumentException("id", "no import " + id + " (取り込み " + id + " はありません)"))
			.report();
	}

	public List<ImportJobReport> jobs(Caller caller) {
		return jobs.visibleTo(caller).stream().map(ImportJob::report).toList();
	}

	/**
	 * Applies the decisions and starts writing; the returned report says RUNNING, and {@link #job} follows the
	 * progress. Refused, with nothing written, while a look-alike row has no decision or a decision does not fit.
	 */
	public ImportJobReport confirm(Caller caller, String id, List<RowDecision> decisions, Decision forUndecided,
			java.util.concurrent.Executor executor) {
		ImportJob job = jobs.visibleTo(caller, id)
			.orElseThrow(() -> new InvalidArgumentException("id", "no import " + id + " (取り込み " + id + " はありません)"));
		synchronized (job) {
			if (job.status != Status.DRY_RUN) {
				throw new InvalidArgumentException("id", "import " + id + " was confirmed already (取り込み " + id
						+ " は確定済みです)");
			}
			apply(job, decisions, forUndecided);
			job.status = Status.RUNNING;
		}
		executor.execute(() -> run(job));
		return job.report();
	}

	private static void apply(ImportJob job, List<RowDecision> decisions, Decision forUndecided) {
		Map<Integer, RowDecision> byRow = new HashMap<>();
		decisions.forEach(decision -> byRow.put(decision.row(), decision));
		List<String> problems = new ArrayList<>();
		for (PlannedRow plannedRow : job.accepted) {
			RowDecision given = byRow.remove(plannedRow.row.number);
			if (plannedRow.candidates.isEmpty()) {
				if (given != null) {
					problems.add("row " + plannedRow.row.number + " is no duplicate candidate (" + plannedRow.row.number
							+ "行目は重複候補ではありません)");
				}
				continue;
			}
			Decision decision = given != null ? given.decision()
					: plannedRow.decision != null ? plannedRow.decision : forUndecided;
			if (decision == null) {
				problems.add("row " + plannedRow.row.number + " needs a decision: MERGE, LINK or CREATE ("
						+ plannedRow.row.number + "行目は統合・リンク・新規作成のどれかを選んでください)");
				continue;
			}
			String candidateId = given != null && given.candidateId() != null ? given.candidateId()
					: plannedRow.candidates.get(0).id();
			if (plannedRow.candidates.stream().noneMatch(candidate -> candidate.id().equals(candidateId))) {
				problems.add("row " + plannedRow.row.number + ": " + candidateId + " is not one of its candidates ("
						+ plannedRow.row.number + "行目の候補ではありません)");
				continue;
			}
			if (decision == Decision.CREATE && plannedRow.existingId != null) {
				problems.add("row " + plannedRow.row.number + " has the corporate number of an organisation in the hub: "
						+ "MERGE or LINK (" + plannedRow.row.number + "行目の法人番号は登録済みです。統合かリンクを選んでください)");
				continue;
			}
			plannedRow.decision = decision;
			plannedRow.existingId = decision == Decision.CREATE ? null : candidateId;
			plannedRow.candidates.stream()
				.filter(candidate -> candidate.id().equals(plannedRow.existingId) && candidate.name() != null)
				.findFirst()
				.ifPresent(candidate -> ImportPlanning.keepSpelling(plannedRow.row, java.util.Map.of("name", candidate.name())));
		}
		byRow.keySet().forEach(row -> problems.add("row " + row + " is not an accepted row (" + row + "行目は取り込み対象ではありません)"));
		if (!problems.isEmpty()) {
			throw new InvalidArgumentException("decisions", String.join("; ", problems));
		}
	}

	private void run(ImportJob job) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (PlannedRow plannedRow : job.accepted) {
			if (plannedRow.decision == Decision.LINK) {
				job.linked.incrementAndGet();
			}
			else if (plannedRow.changes) {
				Map<String, Object> values = new HashMap<>(plannedRow.values());
				values.put("id", UUID.randomUUID().toString());
				values.put("existingId", plannedRow.existingId);
				values.put("importKey", plannedRow.row.key != null && plannedRow.row.key.startsWith("nk:")
						? plannedRow.row.key : null);
				rows.add(values);
				(plannedRow.existingId == null ? job.created : job.updated).incrementAndGet();
			}
		}
		// Corporations before the facilities they operate, when batches split a large file.
		rows.sort(Comparator.comparing(values -> values.get("operatorCorporateNumber") != null));
		job.batchSize = rows.size() <= WHOLE_FILE_ROWS ? rows.size() : WHOLE_FILE_ROWS;
		int committed = 0;
		try {
			for (int from = 0; from < rows.size(); from += WHOLE_FILE_ROWS) {
				List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + WHOLE_FILE_ROWS));
				writes.write(job.kind, batch, job.done::addAndGet);
				committed += batch.size();
				log.info("import {}: {}/{} rows written", job.id, committed, rows.size());
			}
			job.status = Status.DONE;
		}
		catch (RuntimeException ex) {
			job.done.set(committed);
			job.failure = ex.getMessage();
			job.status = Status.FAILED;
			log.warn("import {} failed after {} of {} rows: {}", job.id, committed, rows.size(), ex.toString());
		}
		job.finishedAt = OffsetDateTime.now();
		audit.fileTransfer(job.owner, AuditAction.WRITE, "importFile", List.of(job.kind.name()),
				job.fileName + " " + job.status + " created=" + job.created + " updated=" + job.updated, committed)
			.block();
	}

	/** The area codes a coordinator may import into; null (no limit) for an administrator; refused for others. */
	private Set<String> scopeOf(Caller caller) {
		if (caller.hasAnyRole(Role.ADMINISTRATOR)) {
			return null;
		}
		if (caller.hasAnyRole(Role.COORDINATOR) && caller.organizationId() != null) {
			return queries.scopeOf(caller.organizationId());
		}
		throw new NotAllowedException("importing files needs the role COORDINATOR or ADMINISTRATOR "
				+ "(ファイルの取り込みはコーディネーターか管理者が行えます)", caller.isAnonymous());
	}
}
