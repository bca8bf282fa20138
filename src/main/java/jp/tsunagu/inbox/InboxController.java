package jp.tsunagu.inbox;

import java.util.Objects;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.AuditedRead;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.SubscriberCredentials;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
class InboxController {

	private final EventStream stream;

	private final InboxQueries queries;

	private final AuditedRead audited;

	InboxController(EventStream stream, InboxQueries queries, AuditedRead audited) {
		this.stream = stream;
		this.queries = queries;
		this.audited = audited;
	}

	@SubscriptionMapping
	Flux<StoredEvent> events(@Argument String after, GraphQLContext context) {
		return stream.events(Caller.of(context), SubscriberCredentials.of(context), sequence(after));
	}

	@QueryMapping
	Mono<Connection<StoredEvent>> inbox(@Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		HouseholdAccess access = HouseholdAccess.reading(environment, "edges/node");
		return audited.run(access, queries.inbox(access.caller(), PageRequest.of(first, after)),
				page -> page.nodes().stream().map(StoredEvent::householdId).filter(Objects::nonNull).distinct().toList());
	}

	@SchemaMapping(typeName = "Event")
	String id(StoredEvent event) {
		return String.valueOf(event.sequence());
	}

	private static Long sequence(String after) {
		if (after == null || after.isBlank()) {
			return null;
		}
		try {
			long sequence = Long.parseLong(after.strip());
			if (sequence < 0) {
				throw new NumberFormatException();
			}
			return sequence;
		}
		catch (NumberFormatException ex) {
			throw new InvalidArgumentException("after", "is not an event id this API returned (a whole number), was \""
					+ after + "\"");
		}
	}
}
