package jp.tsunagu.meeting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.household.AuditedRead;
import jp.tsunagu.household.HouseholdAccess;
import jp.tsunagu.meeting.MeetingService.MeetingPayload;
import jp.tsunagu.meeting.MeetingService.RecordMeetingInput;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.person.Person;
import jp.tsunagu.security.Caller;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class MeetingController {

	private static final String HOUSEHOLDS = "Meeting.households";

	private final MeetingQueries queries;

	private final MeetingService service;

	private final AuditedRead audited;

	MeetingController(MeetingQueries queries, MeetingService service, AuditedRead audited,
			BatchLoaderRegistry batchLoaders) {
		this.queries = queries;
		this.service = service;
		this.audited = audited;
		batchLoaders.<HouseholdsPage, Connection<DiscussedHousehold>>forName(HOUSEHOLDS)
			.registerMappedBatchLoader((keys, environment) -> households(keys, environment.getContext()));
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

	@SchemaMapping(typeName = "Meeting")
	Connection<Organization> secretariat(Meeting meeting, @Argument Integer first, @Argument String after) {
		return PageRequest.of(first, after).page(meeting.secretariat(), Organization::id);
	}

	@SchemaMapping(typeName = "Meeting")
	Connection<Organization> participatingOrganizations(Meeting meeting, @Argument Integer first,
			@Argument String after) {
		return PageRequest.of(first, after).page(meeting.participatingOrganizations(), Organization::id);
	}

	@SchemaMapping(typeName = "Meeting")
	Connection<Person> attendees(Meeting meeting, @Argument Integer first, @Argument String after) {
		return PageRequest.of(first, after).page(meeting.attendees(), Person::id);
	}

	/** One page of one meeting's households, as a key of the batch that reads all meetings' pages at once. */
	record HouseholdsPage(String meetingId, Integer first, String after) {
	}

	@SchemaMapping(typeName = "Meeting")
	CompletableFuture<Connection<DiscussedHousehold>> households(Meeting meeting, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		PageRequest.of(first, after);
		DataLoader<HouseholdsPage, Connection<DiscussedHousehold>> pages = environment.getDataLoader(HOUSEHOLDS);
		return pages.load(new HouseholdsPage(meeting.id(), first, after));
	}

	/**
	 * The households discussed, a page for each meeting of the request in one statement; only participants see them,
	 * and each one shown is recorded in the audit log as read through Meeting.households.
	 */
	private Mono<Map<HouseholdsPage, Connection<DiscussedHousehold>>> households(Set<HouseholdsPage> keys,
			GraphQLContext context) {
		List<String> meetingIds = keys.stream().map(HouseholdsPage::meetingId).distinct().toList();
		HouseholdAccess access = new HouseholdAccess(Caller.of(context), "Meeting.households",
				List.of("householdId", "code", "basis"), "meetings=" + meetingIds);
		Mono<Map<HouseholdsPage, Connection<DiscussedHousehold>>> pages = queries.households(access, meetingIds)
			.map(byMeeting -> keys.stream()
				.collect(Collectors.toMap(key -> key, key -> PageRequest.of(key.first(), key.after())
					.page(byMeeting.getOrDefault(key.meetingId(), List.of()), DiscussedHousehold::householdId))));
		return audited.run(access, pages, byPage -> byPage.values().stream()
			.flatMap(page -> page.nodes().stream())
			.map(DiscussedHousehold::householdId)
			.distinct()
			.toList());
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
