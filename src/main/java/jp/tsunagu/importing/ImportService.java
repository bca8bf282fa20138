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

import jp.tsunagu.api.Bilingual;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.api.NotAllowedException;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.directory.HsdsImportReport;
import jp.tsunagu.household.HouseholdImport;
import jp.tsunagu.organization.OrganizationKind;
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

	private final HouseholdImport households;

	private final HsdsUpload hsds;

	ImportService(ImportPlanning planning, ImportQueries queries, ImportWrites writes, ImportJobs jobs, AuditLog audit,
			HouseholdImport households, HsdsUpload hsds) {
		this.hsds = hsds;
		this.planning = planning;
		this.queries = queries;
		this.writes = writes;
		this.jobs = jobs;
		this.audit = audit;
		this.households = households;
	}

	/** One decision of the coordinator's for a duplicate row; {@code candidateId} picks among several candidates. */
	public record RowDecision(int row, Decision decision, String candidateId) {
	}

	/** Reads and checks the file and reports; writes nothing. */
	public ImportJobReport dryRun(Caller caller, ImportKind kind, String fileName, byte[] content, String encoding)
			throws IOException {
		Set<String> scope = kind == ImportKind.HOUSEHOLDS ? recordHolder(caller, fileName) : scopeOf(caller);
		TabularFile.Table table = TabularFile.read(fileName, content, encoding);
		RowParsing.Parsed parsed = RowParsing.parse(kind, table);
		List<Duplicate> duplicates = new ArrayList<>();
		List<PlannedRow> accepted = !parsed.headerErrors().isEmpty() ? List.of()
				: kind == ImportKind.HOUSEHOLDS ? planning.households(parsed.rows(), caller, fileName, duplicates)
						: planning.plan(kind, parsed.rows(), scope, duplicates);
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

	/**
	 * Imports an HSDS document (JSON, or a zip of the data package) in a transaction that is rolled back, and reports
	 * what the confirmed import will write: entities created and updated, problems, and, for a coordinator, every
	 * service and organisation outside the council's area (which block the confirm).
	 *
	 * @param organizationKind the kind given to organisations the hub does not hold yet (default SUPPORT_AGENCY)
	 */
	public ImportJobReport dryRunHsds(Caller caller, String fileName, byte[] content, String organizationKind)
			throws IOException {
		Set<String> scope = scopeOf(caller);
		OrganizationKind kind = organizationKind(organizationKind);
		HsdsUpload.Document document = HsdsUpload.read(fileName, content);
		HsdsUpload.Outcome outcome = hsds.run(document, kind, scope, true).block();
		List<RowError> errors = new ArrayList<>();
		for (Map<String, Object> entity : outcome.outOfScope()) {
			boolean service = "service".equals(entity.get("kind"));
			errors.add(new RowError(0, entity.get("kind") + " " + entity.get("id"), (service
					? "サービス「" + entity.get("name") + "」の提供区域があなたの社協の区域外です（または区域コードがありません）"
					: "団体「" + entity.get("name") + "」はあなたの社協の区域外に登録されています"),
					service ? "the service \"" + entity.get("name") + "\" is available outside your council's area "
							+ "(or has no service area with a local government code)"
							: "the organisation \"" + entity.get("name") + "\" is registered outside your council's area"));
		}
		for (HsdsImportReport.Problem problem : outcome.report().problems()) {
			String[] both = problem.message().split(" / ", 2);
			errors.add(new RowError(0, problem.field() + " " + problem.id(), both[0], both.length > 1 ? both[1] : both[0]));
		}
		int entities = outcome.created() + outcome.updated();
		ImportJob job = new ImportJob(ImportKind.HSDS, fileName, document.format(), caller, entities, errors, List.of(),
				List.of(), new ArrayList<>());
		job.acceptedCount = entities - outcome.outOfScope().size();
		job.hsdsDocument = outcome.outOfScope().isEmpty() ? document : null;
		job.organizationKind = kind;
		job.scope = scope;
		jobs.add(job);
		log.info("import {} dry run of HSDS {} by {}: {} entities ({} new), {} outside the scope, {} problems", job.id,
				fileName, caller, entities, outcome.created(), outcome.outOfScope().size(), outcome.report().problems().size());
		return job.report();
	}

	private static OrganizationKind organizationKind(String given) {
		if (given == null || given.isBlank()) {
			return OrganizationKind.SUPPORT_AGENCY;
		}
		for (OrganizationKind kind : OrganizationKind.values()) {
			if (kind.name().equalsIgnoreCase(given.strip()) || kind.labelJa().equals(given.strip())) {
				return kind;
			}
		}
		throw InvalidArgumentException.bilingual("organizationKind", "団体種別「" + given + "」はありません",
				"no organisation kind " + given);
	}

	public ImportJobReport job(Caller caller, String id) {
		return jobs.report(caller, id)
			.orElseThrow(() -> InvalidArgumentException.bilingual("id", "取り込み " + id + " はありません",
					"no import " + id));
	}

	/** The caller's imports, newest first, as kept in the graph. */
	public Connection<ImportJobReport> jobs(Caller caller, PageRequest page) {
		return jobs.page(caller, page);
	}

	/**
	 * Applies the decisions and starts writing; the returned report says RUNNING, and {@link #job} follows the
	 * progress. Refused, with nothing written, while a look-alike row has no decision or a decision does not fit.
	 */
	public ImportJobReport confirm(Caller caller, String id, List<RowDecision> decisions, Decision forUndecided,
			java.util.concurrent.Executor executor) {
		jobs.expire(OffsetDateTime.now());
		ImportJob job = jobs.live(caller, id).orElseThrow(() -> {
			ImportJobReport kept = job(caller, id);
			boolean expired = kept.status() == Status.EXPIRED;
			return InvalidArgumentException.bilingual("id", "取り込み " + id + " は" + (expired
					? "期限切れのため確定できません。ファイルをもう一度アップロードしてください" : "確定できません（" + kept.status() + "）"),
					"import " + id + " is " + kept.status() + " and can no longer be confirmed"
							+ (expired ? "; upload the file again" : ""));
		});
		synchronized (job) {
			if (job.status != Status.DRY_RUN) {
				throw InvalidArgumentException.bilingual("id", "取り込み " + id + " は確定済みです",
						"import " + id + " was confirmed already");
			}
			if (job.kind == ImportKind.HSDS && job.hsdsDocument == null) {
				throw InvalidArgumentException.bilingual("id", "区域外のサービス・団体があるため書き込めません",
						"import " + id + " would write outside your council's area: nothing can be written");
			}
			apply(job, decisions, forUndecided);
			job.status = Status.RUNNING;
		}
		jobs.save(job);
		executor.execute(() -> run(job));
		return job.report();
	}

	private static void apply(ImportJob job, List<RowDecision> decisions, Decision forUndecided) {
		Map<Integer, RowDecision> byRow = new HashMap<>();
		decisions.forEach(decision -> byRow.put(decision.row(), decision));
		List<Bilingual> problems = new ArrayList<>();
		for (PlannedRow plannedRow : job.accepted) {
			RowDecision given = byRow.remove(plannedRow.row.number);
			if (plannedRow.candidates.isEmpty()) {
				if (given != null) {
					problems.add(new Bilingual(plannedRow.row.number + "行目は重複候補ではありません",
							"row " + plannedRow.row.number + " is no duplicate candidate"));
				}
				continue;
			}
			Decision decision = given != null ? given.decision()
					: plannedRow.decision != null ? plannedRow.decision : forUndecided;
			if (decision == null) {
				problems.add(new Bilingual(plannedRow.row.number + "行目は統合（MERGE）・リンク（LINK）・新規作成（CREATE）のどれかを選んでください",
						"row " + plannedRow.row.number + " needs a decision: MERGE, LINK or CREATE"));
				continue;
			}
			String candidateId = given != null && given.candidateId() != null ? given.candidateId()
					: plannedRow.candidates.get(0).id();
			if (plannedRow.candidates.stream().noneMatch(candidate -> candidate.id().equals(candidateId))) {
				problems.add(new Bilingual(candidateId + " は" + plannedRow.row.number + "行目の候補ではありません",
						"row " + plannedRow.row.number + ": " + candidateId + " is not one of its candidates"));
				continue;
			}
			if (decision == Decision.CREATE && plannedRow.existingId != null) {
				problems.add(job.kind == ImportKind.HOUSEHOLDS
						? new Bilingual(plannedRow.row.number + "行目の世帯コードは登録済みです。統合（MERGE）かリンク（LINK）を選んでください",
								"row " + plannedRow.row.number + " has the code of a household your organisation holds: "
										+ "MERGE or LINK")
						: new Bilingual(plannedRow.row.number + "行目の法人番号は登録済みです。統合（MERGE）かリンク（LINK）を選んでください",
								"row " + plannedRow.row.number + " has the corporate number of an organisation in the hub: "
										+ "MERGE or LINK"));
				continue;
			}
			plannedRow.decision = decision;
			plannedRow.existingId = decision == Decision.CREATE ? null : candidateId;
			plannedRow.candidates.stream()
				.filter(candidate -> candidate.id().equals(plannedRow.existingId) && candidate.name() != null)
				.findFirst()
				.ifPresent(candidate -> ImportPlanning.keepSpelling(plannedRow.row, java.util.Map.of("name", candidate.name())));
		}
		byRow.keySet().forEach(row -> problems.add(new Bilingual(row + "行目は取り込み対象ではありません",
				"row " + row + " is not an accepted row")));
		if (!problems.isEmpty()) {
			throw InvalidArgumentException.bilingual("decisions",
					String.join("。", problems.stream().map(Bilingual::japanese).toList()),
					String.join("; ", problems.stream().map(Bilingual::english).toList()));
		}
	}

	private void run(ImportJob job) {
		if (job.kind == ImportKind.HSDS) {
			runHsds(job);
			return;
		}
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
		job.batchSize = rows.size() <= WHOLE_FILE_ROWS || job.kind == ImportKind.HOUSEHOLDS ? rows.size() : WHOLE_FILE_ROWS;
		int committed = 0;
		try {
			if (job.kind == ImportKind.HOUSEHOLDS) {
				// a record holder's caseload: the whole file in one transaction, with its audit events
				committed = households.write(job.owner, job.fileName, rows.stream().map(ImportService::householdRow).toList())
					.blockOptional()
					.orElse(0);
				job.done.set(committed);
			}
			for (int from = 0; job.kind != ImportKind.HOUSEHOLDS && from < rows.size(); from += WHOLE_FILE_ROWS) {
				List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + WHOLE_FILE_ROWS));
				writes.write(job.kind, batch, job.done::addAndGet);
				committed += batch.size();
				jobs.save(job);
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
		jobs.finished(job);
		audit.fileTransfer(job.owner, AuditAction.WRITE, "importFile", List.of(job.kind.name()),
				job.fileName + " " + job.status + " created=" + job.created + " updated=" + job.updated, committed)
			.block();
	}

	/** The HSDS import in one transaction, checked against the scope again inside it; the document is then dropped. */
	private void runHsds(ImportJob job) {
		job.batchSize = job.acceptedCount;
		try {
			HsdsUpload.Outcome outcome = hsds.run(job.hsdsDocument, job.organizationKind, job.scope, false).block();
			if (!outcome.outOfScope().isEmpty()) {
				throw new IllegalStateException("since the dry run, " + outcome.outOfScope().size() + " entities are outside "
						+ "your council's area; nothing was written (確認後に区域外となったため書き込みませんでした)");
			}
			job.created.set(outcome.created());
			job.updated.set(outcome.updated());
			job.done.set(outcome.created() + outcome.updated());
			job.status = Status.DONE;
		}
		catch (RuntimeException ex) {
			job.failure = ex.getMessage();
			job.status = Status.FAILED;
			log.warn("import {} (HSDS) failed: {}", job.id, ex.toString());
		}
		job.finishedAt = OffsetDateTime.now();
		jobs.finished(job);
		audit.fileTransfer(job.owner, AuditAction.WRITE, "importFile", List.of(job.kind.name()),
				job.fileName + " " + job.status + " created=" + job.created + " updated=" + job.updated, job.done.get())
			.block();
	}

	/** What createHousehold takes, as the household write reads it. */
	private static Map<String, Object> householdRow(Map<String, Object> values) {
		Map<String, Object> row = new HashMap<>();
		for (String key : HouseholdImport.FIELDS) {
			row.put(key, values.get(key));
		}
		return row;
	}

	/**
	 * Households are imported by their record holder alone, into its own records: no area scope (as createHousehold).
	 * Anyone else is refused before the file is read, and the refusal is audited.
	 */
	private Set<String> recordHolder(Caller caller, String fileName) {
		if (HouseholdImport.mayHoldRecords(caller)) {
			return null;
		}
		if (!caller.isAnonymous()) {
			households.refused(caller, fileName, "refused: importing households needs staff of an organisation that "
					+ "holds household records (COORDINATOR or MEMBER_STAFF)").block();
		}
		throw NotAllowedException.bilingual("世帯の取り込みは世帯の記録を保有する団体の職員（コーディネーターか職員）が行えます",
				"Importing households needs staff of an organisation that holds household records (COORDINATOR or "
						+ "MEMBER_STAFF)", caller.isAnonymous());
	}

	/** The area codes a coordinator may import into; null (no limit) for an administrator; refused for others. */
	private Set<String> scopeOf(Caller caller) {
		if (caller.hasAnyRole(Role.ADMINISTRATOR)) {
			return null;
		}
		if (caller.hasAnyRole(Role.COORDINATOR) && caller.organizationId() != null) {
			return queries.scopeOf(caller.organizationId());
		}
		throw NotAllowedException.bilingual("ファイルの取り込みはコーディネーターか管理者が行えます",
				"Importing files needs the role COORDINATOR or ADMINISTRATOR", caller.isAnonymous());
	}
}
