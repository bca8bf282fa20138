package jp.tsunagu.importing;

import graphql.GraphQLContext;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.Language;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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
	Mono<Connection<ImportJobReport>> importJobs(@Argument Integer first, @Argument String after, GraphQLContext context) {
		return Mono.fromCallable(() -> imports.jobs(Caller.of(context), PageRequest.of(first, after)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@SchemaMapping(typeName = "ImportCandidate", field = "why")
	String why(Duplicate.Candidate candidate, GraphQLContext context) {
		return candidate.why(Language.of(context));
	}
}
