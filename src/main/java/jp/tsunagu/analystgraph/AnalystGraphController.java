package jp.tsunagu.analystgraph;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.api.UserError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The analysts' graph for the administrator: its status, and a rebuild by hand with its progress. */
@Controller
class AnalystGraphController {

	record RebuildAnalystGraphInput(Boolean waitUntilBuilt) {
	}

	record AnalystGraphStatus(OffsetDateTime builtAt, boolean running, String progress, long nodeCount,
			Long durationMs, Long households) {
	}

	record RebuildAnalystGraphPayload(boolean started, AnalystGraphStatus status, List<UserError> errors) {
	}

	private final AnalystGraphRebuild rebuild;

	AnalystGraphController(AnalystGraphRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@QueryMapping
	Mono<AnalystGraphStatus> analystGraphStatus() {
		return Mono.fromCallable(this::status).subscribeOn(Schedulers.boundedElastic());
	}

	@MutationMapping
	Mono<RebuildAnalystGraphPayload> rebuildAnalystGraph(@Argument RebuildAnalystGraphInput input) {
		return Mono.fromCallable(() -> {
			if (Boolean.TRUE.equals(input.waitUntilBuilt())) {
				if (rebuild.isRunning()) {
					return alreadyRunning();
				}
				rebuild.rebuild(message -> {
				});
				return new RebuildAnalystGraphPayload(true, status(), List.of());
			}
			return rebuild.startRebuild() ? new RebuildAnalystGraphPayload(true, status(), List.of()) : alreadyRunning();
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private RebuildAnalystGraphPayload alreadyRunning() {
		return new RebuildAnalystGraphPayload(false, status(), List.of(UserError.of("waitUntilBuilt",
				"再構築はすでに実行中です。analystGraphStatus で進み具合を確認してください",
				"a rebuild is already under way; follow it with analystGraphStatus")));
	}

	private AnalystGraphStatus status() {
		Optional<String> stage = rebuild.runningStage();
		boolean running = rebuild.isRunning();
		Optional<Snapshot> snapshot = running ? Optional.<Snapshot>empty() : rebuild.snapshot();
		return new AnalystGraphStatus(snapshot.map(Snapshot::builtAt).orElse(null), running,
				running ? stage.orElse("starting") : null, rebuild.nodeCount(),
				snapshot.map(Snapshot::durationMs).orElse(null), snapshot.map(Snapshot::households).orElse(null));
	}
}
