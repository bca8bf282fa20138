package jp.tsunagu.audit;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.audit.AuditLog.AuditFilter;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The administrators' view of the audit log, newest first. There is deliberately no way to change it. */
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

	@SchemaMapping(typeName = "AuditEvent")
	String actionLabelJa(AuditEvent event) {
		return event.action().labelJa();
	}
}
