package jp.tsunagu.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.tsunagu.security.Caller;

/**
 * One uploaded file from its dry run to its confirmed import: the report, the rows waiting to be written and,
 * while they are written, the progress. Jobs live in the hub's memory ({@link ImportJobs}); what a confirmed import
 * wrote is in the graph and the audit log.
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
		FAILED
	}

	final String id = UUID.randomUUID().toString();

	final ImportKind kind;

	final String fileName;

	final String format;

	final Caller owner;

	final OffsetDateTime createdAt = OffsetDateTime.now();

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

	ImportJobReport report() {
		return new ImportJobReport(id, kind, status, fileName, format, rows, accepted.size(), done.get(),
				accepted.size() - unchanged, created.get(), updated.get(), linked.get(), unchanged, batchSize, errors,
				unknownColumns, duplicates, failure, createdAt, finishedAt, owner.username());
	}
}
