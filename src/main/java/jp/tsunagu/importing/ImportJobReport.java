package jp.tsunagu.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the hub says about an import: the dry-run report (errors, unknown columns, duplicate candidates) and, once
 * confirmed, the progress ({@code done} of {@code toWrite}) and the outcome.
 *
 * @param rows data rows in the file
 * @param accepted rows without errors
 * @param toWrite accepted rows that create or change something (the rest are unchanged)
 * @param batchSize rows written per transaction: the whole file up to {@link ImportService#WHOLE_FILE_ROWS}, else
 * batches of that size, each all or nothing
 */
public record ImportJobReport(String id, ImportKind kind, ImportJob.Status status, String fileName, String format,
		int rows, int accepted, int done, int toWrite, int created, int updated, int linked, int unchanged,
		int batchSize, List<RowError> errors, List<String> unknownColumns, List<Duplicate> duplicates, String failure,
		OffsetDateTime createdAt, OffsetDateTime finishedAt, String createdBy) {
}
