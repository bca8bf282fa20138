package jp.tsunagu.analytics;

import java.util.List;

import jp.tsunagu.analytics.CollaborationAnalysis.CollaborationMetricsPayload;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.mapping.TieKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class CollaborationMetricsController {

	private final CollaborationAnalysis analysis;

	CollaborationMetricsController(CollaborationAnalysis analysis) {
		this.analysis = analysis;
	}

	@QueryMapping
	Mono<CollaborationMetrics> collaborationMetrics(@Argument String area, @Argument List<TieKind> ties,
			@Argument CollaborationOrder orderBy, @Argument Integer first, @Argument String after) {
		return analysis.metrics(area, ties, orderBy, PageRequest.of(first, after));
	}

	@MutationMapping
	Mono<CollaborationMetricsPayload> writeCollaborationMetrics(@Argument WriteCollaborationMetricsInput input) {
		return analysis.write(input.area());
	}

	record WriteCollaborationMetricsInput(String area) {
	}
}
