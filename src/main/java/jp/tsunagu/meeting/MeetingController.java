package jp.tsunagu.meeting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.AuditedRead;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.meeting.MeetingService.MeetingPayload;
import jp.tsunagu.meeting.MeetingService.RecordMeetingInput;
import jp.tsunagu.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class MeetingController {

	private final MeetingQueries queries;

	private final MeetingService service;

	private final AuditedRead audited;

	MeetingController(MeetingQueries queries, MeetingService service, AuditedRead audited) {
		this.queries = queries;
		this.service = service;
		this.audited = audited;
	}

	@QueryMapping
	Mono<Connection<Meeting>> meetings(@Argument String bodyId, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		return queries.list(HouseholdAccess.reading(environment, ""), bodyId, PageRequest.of(first, after));
	}

	@QueryMapping
	Mono<Meeting> meeting(@Argument String id, DataFetchingEnvironment environment) {
		return queries.byId(HouseholdAccess.reading(environment, ""), id);
	}

	@MutationMapping
	Mono<MeetingPayload> recordMeeting(@Argument RecordMeetingInput input, DataFetchingEnvironment environment) {
		return service.record(HouseholdAccess.writing(environment), input);
	}

	/**
	 * The households discussed, for all meetings of a page at once; only participants see them, and each one shown is
	 * recorded in the audit log as read through Meeting.households.
	 */
	@BatchMapping(typeName = "Meeting")
	Mono<Map<Meeting, List<DiscussedHousehold>>> households(List<Meeting> meetings, GraphQLContext context) {
		HouseholdAccess access = new HouseholdAccess(Caller.of(context), "Meeting.households",
				List.of("householdId", "code", "basis"), "meetings=" + meetings.stream().map(Meeting::id).toList());
		return audited.run(access, queries.households(access, meetings.stream().map(Meeting::id).toList()),
				byMeeting -> byMeeting.values().stream().flatMap(List::stream).map(DiscussedHousehold::householdId)
					.distinct().toList())
			.map(byMeeting -> meetings.stream()
				.collect(Collectors.toMap(meeting -> meeting, meeting -> byMeeting.getOrDefault(meeting.id(), List.of()),
						(a, b) -> a, java.util.LinkedHashMap::new)));
	}

	@SchemaMapping(typeName = "Meeting")
	String kindLabelJa(Meeting meeting) {
		return meeting.kind().labelJa();
	}

	@SchemaMapping(typeName = "DiscussedHousehold")
	String basisLabelJa(DiscussedHousehold household) {
		return household.basis().labelJa();
	}
}
