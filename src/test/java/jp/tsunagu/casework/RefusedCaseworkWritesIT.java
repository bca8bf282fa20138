package jp.tsunagu.casework;

import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.CaseworkTestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refused casework write (contacts, referrals, meetings, plans) leaves a WRITE_REFUSED audit event, as household
 * writes do, so that probing by refused mutations leaves a trace; the event names no household and carries none of
 * the text the caller gave (notes, task titles).
 */
class RefusedCaseworkWritesIT extends CaseworkTestSupport {

	private static final String SECRET = "秘密のメモ山田花子";

	@Test
	void refusedContactWritesAreAuditedWithoutTheNote() {
		String household = household();
		// another council may not see the household: scope
		recordContact(otherCouncil(), household, "VISIT", "2026-11-01T10:00:00+09:00", "CHECKED_IN", "note", SECRET)
			.path("recordContact.errors[*].field[1]").entityList(String.class).containsExactly("householdId");
		String contactId = recordContact(coordinator(), household, "PHONE", "2026-11-01T10:00:00+09:00", "CHECKED_IN")
			.path("recordContact.contact.id").entity(String.class).get();
		// only the recording organisation corrects or voids: role
		partnerStaff().documentName("contact-amend")
			.variable("input", Map.of("contactId", contactId, "reason", "誤り", "note", SECRET))
			.execute()
			.path("amendContact.errors[*].field[1]").entityList(String.class).containsExactly("contactId");
		partnerStaff().documentName("contact-void")
			.variable("input", Map.of("contactId", contactId, "reason", "誤り"))
			.execute()
			.path("voidContact.errors[*].field[1]").entityList(String.class).containsExactly("contactId");

		assertThat(refusals("recordContact")).singleElement().satisfies(event -> {
			assertThat(event.get("actor").asString()).startsWith("test.coordinator.");
			assertThat(event.get("arguments").asString()).isEqualTo("refused: input.householdId: no household with id " + household);
			assertThat(event.get("fields").asList(v -> v.asString())).contains("householdId", "note");
		});
		assertThat(refusals("amendContact")).singleElement()
			.satisfies(event -> assertThat(event.get("arguments").asString()).contains("input.contactId: "));
		assertThat(refusals("voidContact")).hasSize(1);
		assertNoAuditEventHolds(SECRET);
	}

	@Test
	void refusedReferralsAreAudited() {
		String household = household();
		// no consent to referral naming the partner
		refer(household, PARTNER, false).path("referHousehold.errors[*].field[1]").entityList(String.class)
			.containsExactly("organizationId");
		String referral = requestedReferral(household);
		// the sender may not accept its own referral
		transition(coordinator(), referral, "ACCEPTED", 0).path("transitionReferral.errors[*].field[1]")
			.entityList(String.class).containsExactly("to");
		// an organisation at neither end does not see it
		transition(otherStaff(), referral, "ACCEPTED", 0).path("transitionReferral.errors[*].field[1]")
			.entityList(String.class).containsExactly("referralId");

		assertThat(refusals("referHousehold")).singleElement()
			.satisfies(event -> assertThat(event.get("arguments").asString()).contains("no active consent to referral"));
		assertThat(refusals("transitionReferral")).hasSize(2)
			.allSatisfy(event -> assertThat(event.get("householdId").isNull()).isTrue());
	}

	@Test
	void refusedMeetingsAndPlansAreAuditedWithoutTheCallersText() {
		String household = household();
		// 小野市社協 is not the secretariat of 松江市重層的支援会議
		coordinator().document("""
				mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { errors { field message } } }""")
			.variable("input", Map.of("kind", "SUPPORT_MEETING", "title", "会議", "bodyId",
					idOfNamed("Network", "松江市重層的支援会議"), "heldAt", "2026-11-20T14:00:00+09:00", "organizationIds",
					List.of(idOfNamed("Organization", COUNCIL)), "minutes", SECRET))
			.execute()
			.path("recordMeeting.errors[*].field[1]").entityList(String.class).containsExactly("bodyId");
		// out of scope, and a task without an owner, whose title the message quotes
		otherCouncil().document("""
				mutation($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { errors { field message } } }""")
			.variable("input", Map.of("householdId", household, "expectedVersion", 0, "goals", List.of("目標"),
					"reviewOn", "2027-01-10", "tasks", List.of(Map.of("title", SECRET, "dueOn", "2027-01-01"))))
			.execute()
			.path("saveSupportPlan.errors[*].message").entityList(String.class)
			.satisfies(messages -> assertThat(messages).anyMatch(message -> message.contains(SECRET)));
		partnerStaff().document("""
				mutation($id: ID!) { updatePlanTask(input: {taskId: $id, status: DONE}) { errors { field } } }""")
			.variable("id", "no-such-task")
			.execute()
			.path("updatePlanTask.errors[*].field[1]").entityList(String.class).containsExactly("taskId");

		assertThat(refusals("recordMeeting")).singleElement()
			.satisfies(event -> assertThat(event.get("arguments").asString()).contains("input.bodyId"));
		assertThat(refusals("saveSupportPlan")).singleElement().satisfies(event -> assertThat(
				event.get("arguments").asString()).contains("input.householdId: no household with id", "タスク「…」"));
		assertThat(refusals("updatePlanTask")).hasSize(1);
		assertNoAuditEventHolds(SECRET);
	}

	private List<Value> refusals(String operation) {
		try (Session session = driver.session()) {
			List<Record> events = session.run("""
					MATCH (e:AuditEvent {operation: $operation, action: 'WRITE_REFUSED'}) WHERE e.at >= $started
					RETURN e ORDER BY e.at""", Map.of("operation", operation, "started", started())).list();
			events.forEach(event -> assertThat(event.get("e").get("householdId").isNull()).isTrue());
			return events.stream().map(event -> event.get("e")).toList();
		}
	}

	private void assertNoAuditEventHolds(String text) {
		assertThat(count("""
				MATCH (e:AuditEvent) WHERE e.at >= $started
				  AND any(key IN keys(e) WHERE CASE WHEN valueType(e[key]) STARTS WITH 'LIST'
				       THEN any(item IN e[key] WHERE toStringOrNull(item) CONTAINS $text)
				       ELSE toStringOrNull(e[key]) CONTAINS $text END)
				RETURN count(e)""", "started", started(), "text", text)).isZero();
	}

	private GraphQlTester otherCouncil() {
		return patient(caller(Role.COORDINATOR, "宝塚市社会福祉協議会", null));
	}
}
