package jp.tsunagu.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.tsunagu.security.Caller;

/**
 * One uploaded file from its dry run to its confirmed import: the report, the rows waiting to be written and,
 * while they are written, the progress. The job is kept in the graph ({@link ImportJobWrites}); its rows only in the
 * hub's memory, dropped once written or expired ({@link ImportJobs}).
 */
final class ImportJob {

	enum Status {
		/** Checked, nothing written; waiting for confirm. */
		DRY_RUN,
		/** Being written. */
		RUNNING,
		/** Written. */
		DONE,
		/** Failed while writing: nothing of the failed batch is written. */
		FAILED,
		/** Not confirmed in time (or the hub restarted first): its rows are gone, nothing was written. */
		EXPIRED
	}

	/** How long a dry run waits for its confirm; its rows are held in memory until then, never longer. */
	static final int PENDING_HOURS = 24;

	final String id = UUID.randomUUID().toString();

	final ImportKind kind;

	final String fileName;

	final String format;

	final Caller owner;

	final OffsetDateTime createdAt = OffsetDateTime.now();

	final OffsetDateTime expiresAt = createdAt.plusHours(PENDING_HOURS);

	final List<RowError> errors;

	final List<String> unknownColumns;

	final List<Duplicate> duplicates;

	/** Rows without errors, each with what the dry run found for it. */
	final List<PlannedRow> accepted;

	final int rows;

	final AtomicInteger done = new AtomicInteger();

	final AtomicInteger created = new AtomicInteger();

	final AtomicInteger updated = new AtomicInteger();

	final AtomicInteger linked = new AtomicInteger();

	volatile int unchanged;

	volatile Status status = Status.DRY_RUN;

	volatile int batchSize;

	volatile String failure;

	volatile OffsetDateTime finishedAt;

	/** Rows (for HSDS: entities) without errors; the accepted rows', for a tabular file. */
	volatile int acceptedCount;

	/** An HSDS upload's document, kept until it is written (then dropped), with its settings. */
	volatile HsdsUpload.Document hsdsDocument;

	volatile jp.tsunagu.organization.OrganizationKind organizationKind;

	/** The area codes a coordinator may write in (null: no limit), as the dry run checked them. */
	volatile java.util.Set<String> scope;

	ImportJob(ImportKind kind, String fileName, String format, Caller owner, int rows, List<RowError> errors,
			List<String> unknownColumns, List<Duplicate> duplicates, List<PlannedRow> accepted) {
		this.kind = kind;
		this.fileName = fileName;
		this.format = format;
		this.owner = owner;
		this.rows = rows;
		this.errors = errors;
		this.unknownColumns = unknownColumns;
		this.duplicates = duplicates;
		this.accepted = accepted;
		this.acceptedCount = accepted.size();
	}

	/** A row the dry run accepted: where it goes ({@code existingId} null for a new entity) and whether it changes. */
	static final class PlannedRow {

		final ParsedRow row;

		String existingId;

		boolean changes = true;

		/** For a row matching by name and address: the entity a MERGE or LINK decision uses. */
		List<Duplicate.Candidate> candidates = List.of();

		Decision decision;

		PlannedRow(ParsedRow row) {
			this.row = row;
		}

		Map<String, Object> values() {
			return row.values;
		}
	}

	/** Drops what was uploaded: the rows (which may be a household file's) and an HSDS document. */
	void dropUpload() {
		accepted.clear();
		hsdsDocument = null;
	}

	ImportJobReport report() {
		return new ImportJobReport(id, kind, status, fileName, format, rows, acceptedCount, done.get(),
				acceptedCount - unchanged, created.get(), updated.get(), linked.get(), unchanged, batchSize, errors,
				unknownColumns, duplicates, failure, createdAt, finishedAt, owner.username());
	}
}
