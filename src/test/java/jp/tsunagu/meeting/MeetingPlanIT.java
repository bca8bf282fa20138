package jp.tsunagu.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.tsunagu.household.JapanDate;
import jp.tsunagu.plan.PlanDueCheck;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 松江市重層的支援会議, whose secretariat is the city's 福祉総務課 and the city 社協 jointly: its secretariat records a
 * meeting and the households discussed on their legal basis; participants read them, audited; a plan is saved as
 * versions with tasks whose owners see them in their to-do lists, overdue ones flagged.
 */
class MeetingPlanIT extends HubIntegrationTest {

	private static final String BODY = "松江市重層的支援会議";

	private static final String COUNCIL = "松江市社会福祉協議会";

	private static final String PARTNER = "松江市生活困窮者自立相談支援センター";

	private static final String HOUSEHOLD = "HH-322016-0003";

	private static final String DV_HOUSEHOLD = "HH-322016-0001";

	private static final String RECORD = """
			mutation($input: RecordMeetingInput!) {
			  recordMeeting(input: $input) {
			    meeting { id kind title body { name kind } secretariat { edges { node { name } } }
			              participatingOrganizations { totalCount edges { node { name } } }
			              households { totalCount edges { node { householdId code basis statute consentId } } } }
			    errors { field message }
			  }
			}""";

	private static final String MEETING = """
			query($id: ID!) { meeting(id: $id) { id title households { edges { node { householdId basis } } } } }""";

	private static final String SAVE = """
			mutation($input: SaveSupportPlanInput!) {
			  saveSupportPlan(input: $input) {
			    plan { id version latestVersion goals reviewOn meetingId decisions
			           tasks { edges { node { id title dueOn status overdue ownerOrganization { name } } } } }
			    errors { field message }
			  }
			}""";

	private static final String MY_TASKS = """
			{ myTasks(first: 50) { totalCount edges { node { id kind title dueOn overdue householdId status } } } }""";

	@Autowired
	PlanDueCheck dueCheck;

	private GraphQlTester secretariat() {
		return as(caller(Role.COORDINATOR, COUNCIL, null));
	}

	private Map<String, Object> meetingInput(String kind, String householdCode, String basis) {
		return Map.of("kind", kind, "title", "第3回 重層的支援会議", "bodyId", idOfNamed("Network", BODY), "heldAt",
				"2026-11-20T14:00:00+09:00", "organizationIds", List.of(idOfNamed("Organization", COUNCIL),
						idOfNamed("Organization", PARTNER)),
				"minutes", "世帯の状況を共有し、就労支援の方針を決めた。", "households",
				List.of(Map.of("householdId", householdIdOf(householdCode), "basis", basis)));
	}

	private String recordStatutoryMeeting() {
		return secretariat().document(RECORD)
			.variable("input", meetingInput("SUPPORT_MEETING", HOUSEHOLD, "STATUTORY"))
			.execute()
			.path("recordMeeting.meeting.id")
			.entity(String.class)
			.get();
	}

	@Test
	void theSecretariatRecordsAMeetingWithTheStatutoryBasisAndWhoAttended() {
		GraphQlTester.Response recorded = secretariat().document(RECORD)
			.variable("input", meetingInput("SUPPORT_MEETING", HOUSEHOLD, "STATUTORY"))
			.execute();
		recorded.path("recordMeeting.errors").entityList(Object.class).hasSize(0);
		recorded.path("recordMeeting.meeting.body.kind").entity(String.class).isEqualTo("NETWORK");
		recorded.path("recordMeeting.meeting.secretariat.edges[*].node.name")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder(COUNCIL, "松江市 福祉総務課"));
		recorded.path("recordMeeting.meeting.participatingOrganizations.edges[*].node.name")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder(COUNCIL, PARTNER));
		recorded.path("recordMeeting.meeting.households.edges[0].node.basis").entity(String.class).isEqualTo("STATUTORY");
		recorded.path("recordMeeting.meeting.households.edges[0].node.statute").entity(String.class).satisfies(
				statute -> assertThat(statute).contains("社会福祉法第106条の6"));
		assertThat(count("MATCH (e:AuditEvent {operation: 'recordMeeting', action: 'WRITE', householdId: $id}) "
				+ "WHERE e.at >= $started RETURN count(e)", "id", householdIdOf(HOUSEHOLD), "started", started()))
			.isEqualTo(1);
	}

	@Test
	void aMeetingsListsArePagedAsConnections() {
		String id = recordStatutoryMeeting();
		String pageQuery = """
				query($id: ID!, $after: String) { meeting(id: $id) {
				  participatingOrganizations(first: 1, after: $after) {
				    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { name } } }
				  households(first: 1) { totalCount pageInfo { hasNextPage } edges { node { code } } } } }""";
		GraphQlTester.Response first = secretariat().document(pageQuery).variable("id", id).execute();
		first.path("meeting.participatingOrganizations.totalCount").entity(Integer.class).isEqualTo(2);
		first.path("meeting.participatingOrganizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("meeting.households.totalCount").entity(Integer.class).isEqualTo(1);
		first.path("meeting.households.edges[*].node.code").entityList(String.class).containsExactly(HOUSEHOLD);
		String firstName = first.path("meeting.participatingOrganizations.edges[0].node.name").entity(String.class).get();
		String cursor = first.path("meeting.participatingOrganizations.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response second = secretariat().document(pageQuery).variable("id", id).variable("after", cursor)
			.execute();
		second.path("meeting.participatingOrganizations.edges[*].node.name").entityList(String.class)
			.satisfies(names -> assertThat(names).singleElement().isNotEqualTo(firstName));
		second.path("meeting.participatingOrganizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("meeting.participatingOrganizations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		assertThat(List.of(firstName, second.path("meeting.participatingOrganizations.edges[0].node.name")
			.entity(String.class).get())).containsExactlyInAnyOrder(COUNCIL, PARTNER);
	}

	@Test
	void aMeetingIsRefusedWithoutALegalBasisOutsideTheSecretariatAndForADvHousehold() {
		secretariat().document(RECORD)
			.variable("input", meetingInput("CASE_CONFERENCE", HOUSEHOLD, "STATUTORY"))
			.execute()
			.path("recordMeeting.errors[*].message")
			.entityList(String.class)
			.satisfies(messages -> assertThat(messages).singleElement().asString().contains("法定の共有根拠がありません"));
		secretariat().document(RECORD)
			.variable("input", meetingInput("CASE_CONFERENCE", HOUSEHOLD, "CONSENT"))
			.execute()
			.path("recordMeeting.errors[*].message")
			.entityList(String.class)
			.satisfies(messages -> assertThat(messages).singleElement().asString()
				.contains("支援会議での共有への有効な同意がありません"));
		secretariat().document(RECORD)
			.variable("input", meetingInput("SUPPORT_MEETING", DV_HOUSEHOLD, "STATUTORY"))
			.execute()
			.path("recordMeeting.errors[*].message")
			.entityList(String.class)
			.satisfies(messages -> assertThat(messages).singleElement().asString().contains("DV"));
		as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)).document(RECORD)
			.variable("input", meetingInput("SUPPORT_MEETING", "HH-282189-0004", "STATUTORY"))
			.execute()
			.path("recordMeeting.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("bodyId");
		assertThat(count("MATCH (m:Meeting) WHERE m.createdAt >= $started RETURN count(m)", "started", started()))
			.isZero();
	}

	@Test
	void onlyParticipantsReadTheHouseholdsDiscussedAndEachReadIsAudited() {
		String meetingId = recordStatutoryMeeting();
		Caller partner = caller(Role.MEMBER_STAFF, PARTNER, null);

		as(partner).document(MEETING)
			.variable("id", meetingId)
			.execute()
			.path("meeting.households.edges[*].node.householdId")
			.entityList(String.class)
			.containsExactly(householdIdOf(HOUSEHOLD));
		assertThat(count("MATCH (e:AuditEvent {operation: 'Meeting.households', actor: $actor, householdId: $id}) "
				+ "WHERE e.at >= $started RETURN count(e)", "actor", partner.username(), "id", householdIdOf(HOUSEHOLD),
				"started", started()))
			.isEqualTo(1);

		GraphQlTester outsider = as(caller(Role.MEMBER_STAFF, "松江しんじ湖総合病院", null));
		outsider.document(MEETING).variable("id", meetingId).execute().path("meeting").valueIsNull();
		outsider.document("{ meetings(first: 50) { edges { node { id } } } }")
			.execute()
			.path("meetings.edges[*].node.id")
			.entityList(String.class)
			.doesNotContain(meetingId);
		as(partner).document("{ meetings(first: 50) { edges { node { id } } } }")
			.execute()
			.path("meetings.edges[*].node.id")
			.entityList(String.class)
			.contains(meetingId);
	}

	@Test
	void eachSaveIsANewVersionOnTopOfTheVersionSeen() {
		String meetingId = recordStatutoryMeeting();
		String councilId = idOfNamed("Organization", COUNCIL);
		LocalDate yesterday = JapanDate.today().minusDays(1);
		Map<String, Object> first = Map.of("householdId", householdIdOf(HOUSEHOLD), "expectedVersion", 0, "goals",
				List.of("就労の再開"), "reviewOn", JapanDate.today().plusMonths(3).toString(), "meetingId", meetingId,
				"decisions", "ハローワークへの同行を社協が担う", "tasks",
				List.of(Map.of("title", "ハローワークへ同行", "ownerOrganizationId", councilId, "dueOn",
						yesterday.toString())));

		GraphQlTester.Response saved = secretariat().document(SAVE).variable("input", first).execute();
		saved.path("saveSupportPlan.errors").entityList(Object.class).hasSize(0);
		saved.path("saveSupportPlan.plan.version").entity(Integer.class).isEqualTo(1);
		saved.path("saveSupportPlan.plan.meetingId").entity(String.class).isEqualTo(meetingId);
		saved.path("saveSupportPlan.plan.tasks.edges[0].node.overdue").entity(Boolean.class).isEqualTo(true);

		secretariat().document(SAVE)
			.variable("input", Map.of("householdId", householdIdOf(HOUSEHOLD), "expectedVersion", 0, "goals",
					List.of("別の目標"), "reviewOn", "2027-03-01"))
			.execute()
			.path("saveSupportPlan.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("expectedVersion");

		secretariat().document(SAVE)
			.variable("input", Map.of("householdId", householdIdOf(HOUSEHOLD), "expectedVersion", 1, "goals",
					List.of("就労の再開", "家計の立て直し"), "reviewOn", "2027-03-01"))
			.execute()
			.path("saveSupportPlan.plan.version")
			.entity(Integer.class)
			.isEqualTo(2);

		GraphQlTester.Response firstVersion = secretariat()
			.document("query($h: ID!) { supportPlan(householdId: $h, version: 1) { version latestVersion goals tasks { edges { node { title } } } } }")
			.variable("h", householdIdOf(HOUSEHOLD))
			.execute();
		firstVersion.path("supportPlan.latestVersion").entity(Integer.class).isEqualTo(2);
		firstVersion.path("supportPlan.goals").entityList(String.class).containsExactly("就労の再開");
		firstVersion.path("supportPlan.tasks.edges[*].node.title").entityList(String.class).containsExactly("ハローワークへ同行");
		assertThat(count("MATCH (e:AuditEvent {operation: 'supportPlan', action: 'READ', householdId: $id}) "
				+ "WHERE e.at >= $started RETURN count(e)", "id", householdIdOf(HOUSEHOLD), "started", started()))
			.isEqualTo(1);
	}

	@Test
	void aPlanIsRefusedWithTheReasonsAndNothingIsWritten() {
		GraphQlTester.Response refused = secretariat().document(SAVE)
			.variable("input", Map.of("householdId", householdIdOf(HOUSEHOLD), "expectedVersion", 0, "goals", List.of(),
					"reviewOn", "2027-03-01", "meetingId", "no-such-meeting", "tasks",
					List.of(Map.of("title", "担当のないタスク", "dueOn", "2027-01-01"))))
			.execute();
		refused.path("saveSupportPlan.plan").valueIsNull();
		refused.path("saveSupportPlan.errors[*].field[1]").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder("goals",
				"tasks"));
		as(caller(Role.MEMBER_STAFF, "松江しんじ湖総合病院", null)).document(SAVE)
			.variable("input", Map.of("householdId", householdIdOf(HOUSEHOLD), "expectedVersion", 0, "goals",
					List.of("目標"), "reviewOn", "2027-03-01"))
			.execute()
			.path("saveSupportPlan.errors[*].message")
			.entityList(String.class)
			.containsExactly("no household with id " + householdIdOf(HOUSEHOLD));
		assertThat(count("MATCH (p:SupportPlan) WHERE p.createdAt >= $started RETURN count(p)", "started", started()))
			.isZero();
	}

	@Test
	void overdueTasksAndReviewsAreInTheOwnersToDoListUntilDoneAndFallDueOnce() {
		String councilId = idOfNamed("Organization", COUNCIL);
		String partnerId = idOfNamed("Organization", PARTNER);
		LocalDate lastWeek = JapanDate.today().minusDays(7);
		GraphQlTester.Response saved = secretariat().document(SAVE)
			.variable("input", Map.of("householdId", householdIdOf(HOUSEHOLD), "expectedVersion", 0, "goals",
					List.of("生活の安定"), "reviewOn", lastWeek.toString(), "tasks",
					List.of(Map.of("title", "家計相談の予約", "ownerOrganizationId", councilId, "dueOn", lastWeek.toString()),
							Map.of("title", "就労準備支援の調整", "ownerOrganizationId", partnerId, "dueOn",
									lastWeek.toString()))))
			.execute();
		String councilTask = saved.path("saveSupportPlan.plan.tasks.edges[?(@.node.title == '家計相談の予約')].node.id")
			.entityList(String.class)
			.get()
			.get(0);

		GraphQlTester.Response mine = secretariat().document(MY_TASKS).execute();
		mine.path("myTasks.edges[?(@.node.householdId == '" + householdIdOf(HOUSEHOLD) + "')].node.kind")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("TASK", "REVIEW"));
		mine.path("myTasks.edges[?(@.node.id == '" + councilTask + "')].node.overdue")
			.entityList(Boolean.class)
			.containsExactly(true);
		// the partner owns a task but may not see the household (no consent names it): its list leaves it out
		as(caller(Role.MEMBER_STAFF, PARTNER, null)).document(MY_TASKS)
			.execute()
			.path("myTasks.edges[*].node.householdId")
			.entityList(String.class)
			.doesNotContain(householdIdOf(HOUSEHOLD));

		assertThat(dueCheck.run().block()).isGreaterThanOrEqualTo(3);
		assertThat(count("MATCH (e:OutboxEvent {kind: 'TASK_DUE', householdId: $id}) WHERE e.createdAt >= $started "
				+ "RETURN count(e)", "id", householdIdOf(HOUSEHOLD), "started", started())).isEqualTo(3);
		assertThat(dueCheck.run().block()).isZero();

		as(caller(Role.MEMBER_STAFF, "松江しんじ湖総合病院", null))
			.document("mutation($id: ID!) { updatePlanTask(input: {taskId: $id, status: DONE}) { errors { field } } }")
			.variable("id", councilTask)
			.execute()
			.path("updatePlanTask.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("taskId");
		secretariat()
			.document("mutation($id: ID!) { updatePlanTask(input: {taskId: $id, status: DONE}) { task { status overdue } } }")
			.variable("id", councilTask)
			.execute()
			.path("updatePlanTask.task.overdue")
			.entity(Boolean.class)
			.isEqualTo(false);
		secretariat().document(MY_TASKS)
			.execute()
			.path("myTasks.edges[*].node.id")
			.entityList(String.class)
			.doesNotContain(councilTask);
		assertThat(count("MATCH (e:AuditEvent {operation: 'myTasks', action: 'READ', householdId: $id}) "
				+ "WHERE e.at >= $started RETURN count(e)", "id", householdIdOf(HOUSEHOLD), "started", started()))
			.isGreaterThanOrEqualTo(1);
	}
}
