package jp.tsunagu.exporting;

import java.util.Base64;

import graphql.GraphQLContext;
import jp.tsunagu.importing.ImportKind;
import jp.tsunagu.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Exports as GraphQL payloads: the file's content (text and Base64) and its download link. */
@Controller
class ExportController {

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	record GraphScopeInput(String areaCode, String networkId, String organizationId) {
	}

	@QueryMapping
	Mono<ExportFile> exportList(@Argument ImportKind kind, @Argument String areaCode, @Argument String format,
			GraphQLContext context) {
		return Mono.fromCallable(() -> exports.list(Caller.of(context), kind, areaCode, format == null ? "CSV" : format))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@QueryMapping
	Mono<ExportFile> exportGraph(@Argument GraphScopeInput scope, @Argument GraphFormat format, GraphQLContext context) {
		return Mono
			.fromCallable(() -> exports.graph(Caller.of(context),
					new ExportService.GraphScope(scope.areaCode(), scope.networkId(), scope.organizationId()),
					format == null ? GraphFormat.GEXF : format))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@SchemaMapping(typeName = "ExportFile")
	String text(ExportFile file) {
		return file.text() ? new String(file.content(), java.nio.charset.StandardCharsets.UTF_8) : null;
	}

	@SchemaMapping(typeName = "ExportFile")
	String base64(ExportFile file) {
		return Base64.getEncoder().encodeToString(file.content());
	}
}
