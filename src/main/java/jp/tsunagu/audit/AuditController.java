package jp.tsunagu.audit;

import graphql.GraphQLContext;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.audit.AuditLog.AuditFilter;
import jp.tsunagu.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The administrators' view of the audit log, and each organisation's view of its own accounts' changes, newest first.
 * There is deliberately no way to change it.
 */
@Controller
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@QueryMapping
	Mono<Connection<AuditEvent>> auditEvents(@Argument AuditFilter filter, @Argument Integer first,
			@Argument String after) {
		return log.list(filter, PageRequest.of(first, after));
	}

	@QueryMapping
	Mono<Connection<AuditEvent>> accountChanges(@Argument Integer first, @Argument String after, GraphQLContext context) {
		return log.accountChanges(Caller.of(context), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "AuditEvent")
	String actionLabelJa(AuditEvent event) {
		return event.action().labelJa();
	}
}
