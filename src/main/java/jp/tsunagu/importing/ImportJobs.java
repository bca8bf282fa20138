package jp.tsunagu.importing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.springframework.stereotype.Component;

/**
 * The import jobs of this hub process, newest first. An administrator sees every job, a coordinator those of their
 * own organisation. Jobs older than a day are forgotten: their effect is in the graph and the audit log.
 */
@Component
class ImportJobs {

	private static final int KEEP_HOURS = 24;

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	void add(ImportJob job) {
		jobs.values().removeIf(old -> old.createdAt.isBefore(job.createdAt.minusHours(KEEP_HOURS)));
		jobs.put(job.id, job);
	}

	Optional<ImportJob> visibleTo(Caller caller, String id) {
		return Optional.ofNullable(jobs.get(id)).filter(job -> visible(caller, job));
	}

	List<ImportJob> visibleTo(Caller caller) {
		return jobs.values()
			.stream()
			.filter(job -> visible(caller, job))
			.sorted(Comparator.comparing((ImportJob job) -> job.createdAt).reversed().thenComparing(job -> job.id))
			.toList();
	}

	private static boolean visible(Caller caller, ImportJob job) {
		return caller.hasAnyRole(Role.ADMINISTRATOR) || (caller.hasAnyRole(Role.COORDINATOR)
				&& caller.organizationId() != null && caller.organizationId().equals(job.owner.organizationId()));
	}
}
