package jp.tsunagu.importing;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.HouseholdImport;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The import jobs: each kept in the graph (kind, owner, status, counts, progress, report), so a job and its report
 * outlive a restart of the hub; the uploaded rows of a job waiting for its confirm or being written only in this
 * process's memory, dropped as soon as they are written or the dry run expires ({@link ImportJob#PENDING_HOURS}).
 * Finished jobs are deleted from the graph after {@link #RETENTION_DAYS} days. An administrator sees every job but
 * household files; a coordinator those of their own organisation; a household file only its record holder's staff.
 */
@Component
class ImportJobs {

	static final int RETENTION_DAYS = 30;

	private final Map<String, ImportJob> live = new ConcurrentHashMap<>();

	private final ImportJobWrites writes;

	private final ImportJobQueries queries;

	ImportJobs(ImportJobWrites writes, ImportJobQueries queries) {
		this.writes = writes;
		this.queries = queries;
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		live.clear();
		writes.afterRestart(OffsetDateTime.now());
	}

	void add(ImportJob job) {
		expire(OffsetDateTime.now());
		live.put(job.id, job);
		writes.save(job);
	}

	/** Keeps the job's status, progress and counts. */
	void save(ImportJob job) {
		writes.save(job);
	}

	/** The job is done with (written, failed or expired): kept in the graph, its rows dropped. */
	void finished(ImportJob job) {
		job.dropUpload();
		live.remove(job.id);
		writes.save(job);
	}

	/** Dry runs past their expiry lose their rows and become EXPIRED; old finished jobs go. */
	void expire(OffsetDateTime now) {
		live.values().removeIf(job -> {
			boolean expired = job.status == ImportJob.Status.DRY_RUN && !job.expiresAt.isAfter(now);
			if (expired) {
				job.status = ImportJob.Status.EXPIRED;
				job.dropUpload();
			}
			return expired;
		});
		writes.expire(now, RETENTION_DAYS);
	}

	/** A job of this process that still has its rows (waiting for its confirm, or being written), if the caller may see it. */
	Optional<ImportJob> live(Caller caller, String id) {
		return Optional.ofNullable(live.get(id)).filter(job -> visible(caller, job));
	}

	/** The job's report: live progress from memory, else as kept in the graph. */
	Optional<ImportJobReport> report(Caller caller, String id) {
		Optional<ImportJob> job = live(caller, id);
		return job.isPresent() ? job.map(ImportJob::report) : queries.byId(caller, id).blockOptional();
	}

	Connection<ImportJobReport> page(Caller caller, PageRequest page) {
		Connection<ImportJobReport> kept = queries.page(caller, page).block();
		// a job being written reports its progress from memory, fresher than the graph's last save
		return kept.map(report -> live.containsKey(report.id()) ? live.get(report.id()).report() : report);
	}

	/** As {@link ImportJobQueries#VISIBLE}. */
	private static boolean visible(Caller caller, ImportJob job) {
		if (job.kind == ImportKind.HOUSEHOLDS) {
			return HouseholdImport.mayHoldRecords(caller) && caller.organizationId().equals(job.owner.organizationId());
		}
		return caller.hasAnyRole(Role.ADMINISTRATOR) || (caller.hasAnyRole(Role.COORDINATOR)
				&& caller.organizationId() != null && caller.organizationId().equals(job.owner.organizationId()));
	}
}
