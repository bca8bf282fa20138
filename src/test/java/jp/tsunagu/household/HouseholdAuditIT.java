package jp.tsunagu.household;

import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every read and write of household data leaves an audit event, in the same transaction, or does not happen. */
class HouseholdAuditIT extends HubIntegrationTest {

	@Test
	void aReadRecordsWhoWhatWhenWhichFieldsAndOnWhatGrounds() {
		Caller coordinator = caller(Role.COORDINATOR, "小野市社会福祉協議会", null);
		String id = householdIdOf("HH-282189-0001");

		as(coordinator).documentName("scope-household").variable("id", id).execute().errors().verify();

		Record event = onlyEvent(id);
		assertThat(event.get("actor").asString()).isEqualTo(coordinator.username());
		assertThat(event.get("role").asString()).isEqualTo("COORDINATOR");
		assertThat(event.get("organizationId").asString()).isEqualTo(coordinator.organizationId());
		assertThat(event.get("action").asString()).isEqualTo("READ");
		assertThat(event.get("operation").asString()).isEqualTo("household");
		assertThat(event.get("fields").asList(v -> v.asString())).containsExactly("id", "code", "issues", "supporters");
		assertThat(event.get("grounds").asList(v -> v.asString())).containsExactly("RECORD_HOLDER");
	}

	@Test
	void aReadOnConsentRecordsTheConsentItRestsOn() {
		String id = householdIdOf("HH-282189-0001");
		String consentId = (String) single("""
				MATCH (:Household {id: $id})-[:GAVE_CONSENT]->(c:Consent)-[:TO]->(:Organization {name: '社会福祉法人きすみ野福祉会'})
				RETURN c.id""", "id", id);

		as(caller(Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null)).documentName("scope-household")
			.variable("id", id)
			.execute()
			.errors()
			.verify();

		assertThat(onlyEvent(id).get("grounds").asList(v -> v.asString()))
			.containsExactly("MEMBER_STAFF", "CONSENT CASE_CONFERENCE " + consentId);
	}

	@Test
	void aListRecordsOneEventPerHouseholdOnThePageAndNoneForWhatItLeftOut() {
		GraphQlTester coordinator = as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null));
		List<String> ids = coordinator.documentName("scope-households")
			.execute()
			.path("households.edges[*].node.id")
			.entityList(String.class)
			.get();

		try (Session session = driver.session()) {
			List<String> audited = session.run("""
					MATCH (e:AuditEvent {operation: 'households'}) WHERE e.at >= $started
					RETURN e.householdId AS id ORDER BY id""", Map.of("started", started()))
				.list(row -> row.get("id").asString());
			assertThat(audited).containsExactlyInAnyOrderElementsOf(ids).isNotEmpty();
			// the filter and page are recorded: a total answers for every household the filter matched
			assertThat(count("MATCH (e:AuditEvent {operation: 'households'}) WHERE e.at >= $started "
					+ "AND e.arguments CONTAINS 'first=100' RETURN count(e)", "started", started())).isEqualTo(ids.size());
		}
	}

	@Test
	void aWriteRecordsTheFieldsItWasGiven() {
		String id = householdIdOf("HH-282189-0002");
		as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null)).documentName("scope-update-household")
			.variable("input", Map.of("id", id, "memberCount", 3))
			.execute()
			.path("updateHousehold.errors")
			.entityList(Object.class)
			.hasSize(0);

		Record event = onlyEvent(id);
		assertThat(event.get("action").asString()).isEqualTo("WRITE");
		assertThat(event.get("operation").asString()).isEqualTo("updateHousehold");
		assertThat(event.get("fields").asList(v -> v.asString())).containsExactly("id", "memberCount", "household.code",
				"household.memberCount");
	}

	@Test
	void anAdministratorListsTheAuditLogNewestFirstWithFilters() {
		Caller coordinator = caller(Role.COORDINATOR, "小野市社会福祉協議会", null);
		String first = householdIdOf("HH-282189-0001");
		String second = householdIdOf("HH-282189-0003");
		as(coordinator).documentName("scope-household").variable("id", first).execute().errors().verify();
		as(coordinator).documentName("scope-household").variable("id", second).execute().errors().verify();

		GraphQlTester.Response page = graphQl.documentName("audit-events")
			.variable("filter", Map.of("actor", coordinator.username(), "from", started().toOffsetDateTime().toString()))
			.variable("first", 1)
			.execute();
		page.errors().verify();
		page.path("auditEvents.totalCount").entity(Integer.class).isEqualTo(2);
		page.path("auditEvents.edges[0].node.householdId").entity(String.class).isEqualTo(second);
		page.path("auditEvents.edges[0].node.actionLabelJa").entity(String.class).isEqualTo("閲覧");
		String cursor = page.path("auditEvents.pageInfo.endCursor").entity(String.class).get();
		graphQl.documentName("audit-events")
			.variable("filter", Map.of("actor", coordinator.username(), "from", started().toOffsetDateTime().toString()))
			.variable("first", 1)
			.variable("after", cursor)
			.execute()
			.path("auditEvents.edges[*].node.householdId")
			.entityList(String.class)
			.containsExactly(first)
			.path("auditEvents.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
		graphQl.documentName("audit-events")
			.variable("filter", Map.of("householdId", first, "from", started().toOffsetDateTime().toString()))
			.execute()
			.path("auditEvents.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	/** A uniqueness constraint on the organisation makes a second event for it unwritable: the read must fail. */
	@Test
	void whenTheAuditCannotBeWrittenTheReadIsRefused() {
		Caller coordinator = new Caller("test.unauditable", Role.COORDINATOR,
				idOfNamed("Organization", "小野市社会福祉協議会"), null);
		String id = householdIdOf("HH-282189-0001");
		write("CREATE (:AuditEvent {id: randomUUID(), at: datetime(), actor: $actor, organizationId: $organization})",
				"actor", coordinator.username(), "organization", coordinator.organizationId());
		write("CREATE CONSTRAINT test_unauditable IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.organizationId IS UNIQUE");
		try {
			GraphQlTester.Response response = as(coordinator).documentName("scope-household").variable("id", id).execute();
			response.errors().satisfy(errors -> assertThat(errors).hasSize(1)
				.allSatisfy(error -> assertThat(error.getMessage()).doesNotContain("AuditEvent", "CREATE", "constraint")));
			response.path("household").valueIsNull();
		}
		finally {
			write("DROP CONSTRAINT test_unauditable IF EXISTS");
		}
		assertThat(count("MATCH (e:AuditEvent {actor: $actor}) RETURN count(e)", "actor", coordinator.username()))
			.isEqualTo(1);
	}

	private Record onlyEvent(String householdId) {
		try (Session session = driver.session()) {
			List<Record> events = session.run("""
					MATCH (e:AuditEvent {householdId: $id}) WHERE e.at >= $started
					RETURN e.actor AS actor, e.role AS role, e.organizationId AS organizationId, e.action AS action,
					       e.operation AS operation, e.fields AS fields, e.grounds AS grounds""",
					Map.of("id", householdId, "started", started())).list();
			assertThat(events).hasSize(1);
			return events.get(0);
		}
	}
}
