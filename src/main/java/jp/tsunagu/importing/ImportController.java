package jp.tsunagu.importing;

import java.util.List;

import graphql.GraphQLContext;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The GraphQL mirror of the import endpoints: one import's report and progress, and the list of imports. */
@Controller
class ImportController {

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@QueryMapping
	Mono<ImportJobReport> importJob(@Argument String id, GraphQLContext context) {
		return Mono.fromCallable(() -> imports.job(Caller.of(context), id)).subscribeOn(Schedulers.boundedElastic());
	}

	@QueryMapping
	Connection<ImportJobReport> importJobs(@Argument Integer first, @Argument String after, GraphQLContext context) {
		PageRequest page = PageRequest.of(first, after);
		List<ImportJobReport> all = imports.jobs(Caller.of(context));
		int start = 0;
		if (page.afterId() != null) {
			for (int i = 0; i < all.size(); i++) {
				if (all.get(i).id().equals(page.afterId())) {
					start = i + 1;
				}
			}
		}
		List<ImportJobReport> rows = all.subList(start, Math.min(all.size(), start + page.limitPlusOne()));
		return page.toConnection(rows, all.size(), job -> job.createdAt().toString(), ImportJobReport::id);
	}
}
