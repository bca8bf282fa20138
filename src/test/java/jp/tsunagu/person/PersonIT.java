package jp.tsunagu.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * People end to end: the API against the embedded database. Every test builds its own districts,
 * organisations and people through the API (deleted afterwards) and names them with a fresh
 * token, so text filters keep the demo network's people out of the lists it checks.
 */
class PersonIT extends HubIntegrationTest {

	private static final String MUNICIPALITY = "282189";

	private String token;

	@BeforeEach
	void newToken() {
		token = UUID.randomUUID().toString().substring(0, 8);
	}

	@Nested
	class Reading {

		@Test
		void getsAPersonByIdWithTheirTies() {
			String district = district("a");
			String council = council();
			String employer = organization("NPO", null);
			String volunteer = person(volunteerInput("山田 " + token, council, true));
			assign(volunteer, district, "2022-12-01");
			String staff = person(staffInput("佐藤 " + token));
			employ(staff, employer, "COMMUNITY_SOCIAL_WORKER", "2023-04-01");

			GraphQlTester.Response byVolunteer = graphQl.documentName("person-by-id").variable("id", volunteer).execute();
			byVolunteer.path("person.name").entity(String.class).isEqualTo("山田 " + token);
			byVolunteer.path("person.kind").entity(String.class).isEqualTo("COMMISSIONED_VOLUNTEER");
			byVolunteer.path("person.kindLabelJa").entity(String.class).isEqualTo("民生委員・児童委員");
			byVolunteer.path("person.chiefChildCommissioner").entity(Boolean.class).isEqualTo(true);
			byVolunteer.path("person.generated").entity(Boolean.class).isEqualTo(false);
			byVolunteer.path("person.archived").entity(Boolean.class).isEqualTo(false);
			byVolunteer.path("person.assignedDistricts[*].code").entityList(String.class).containsExactly(district);
			byVolunteer.path("person.commissionerCouncil.id").entity(String.class).isEqualTo(council);
			byVolunteer.path("person.commissionerCouncil.groupType").entity(String.class)
				.isEqualTo("COMMISSIONER_COUNCIL");
			byVolunteer.path("person.employment").entityList(Object.class).hasSize(0);

			GraphQlTester.Response byStaff = graphQl.documentName("person-by-id").variable("id", staff).execute();
			byStaff.path("person.kind").entity(String.class).isEqualTo("STAFF");
			byStaff.path("person.kindLabelJa").entity(String.class).isEqualTo("職員");
			byStaff.path("person.chiefChildCommissioner").entity(Boolean.class).isEqualTo(false);
			byStaff.path("person.commissionerCouncil").valueIsNull();
			byStaff.path("person.assignedDistricts").entityList(Object.class).hasSize(0);
			byStaff.path("person.employment[0].person.id").entity(String.class).isEqualTo(staff);
			byStaff.path("person.employment[0].organization.id").entity(String.class).isEqualTo(employer);
			byStaff.path("person.employment[0].role").entity(String.class).isEqualTo("COMMUNITY_SOCIAL_WORKER");
			byStaff.path("person.employment[0].roleLabelJa").entity(String.class)
				.isEqualTo("地域福祉コーディネーター (CSW)");
			byStaff.path("person.employment[0].since").entity(String.class).isEqualTo("2023-04-01");
		}

		@Test
		void readsAPersonFromANodeOrAMapThatNamesItsKind() {
			String id = person(volunteerInput("山田 " + token, null, true));
			try (Session session = driver.session()) {
				Record row = cypher(session, """
						MATCH (p:Person {id: $id})
						RETURN p, p {.*, kind: 'COMMISSIONED_VOLUNTEER'} AS withKind, p {.*, labels: labels(p)} AS withLabels""",
						"id", id).single();

				assertThat(Person.from(row.get("p").asNode()).kind()).isEqualTo(PersonKind.COMMISSIONED_VOLUNTEER);
				assertThat(Person.from(row.get("p"))).isEqualTo(Person.from(row.get("p").asNode()));
				assertThat(Person.from(row.get("withKind"))).isEqualTo(Person.from(row.get("p").asNode()));
				assertThat(Person.from(row.get("withLabels"))).isEqualTo(Person.from(row.get("p").asNode()));
				assertThat(Person.from(row.get("p").asNode()).chiefChildCommissioner()).isTrue();
			}
		}

		@Test
		void anUnknownIdGivesNull() {
			graphQl.documentName("person-by-id").variable("id", "no-such-person").execute().path("person").valueIsNull();
		}

		@Test
		void listsAnOrganisationsStaffWithoutArchivedPeople() {
			String employer = organization("NPO", null);
			String kept = person(staffInput("職員A " + token));
			String archived = person(staffInput("職員B " + token));
			employ(kept, employer, "LIFE_SUPPORT_COORDINATOR", null);
			employ(archived, employer, "OTHER", null);
			mutate("person-archive", "archivePerson", Map.of("id", archived)).path("archivePerson.errors")
				.entityList(Object.class)
				.hasSize(0);

			GraphQlTester.Response response = graphQl.documentName("person-organization-staff")
				.variable("id", employer)
				.execute();
			response.path("organization.staff[*].person.id").entityList(String.class).containsExactly(kept);
			response.path("organization.staff[0].person.kind").entity(String.class).isEqualTo("STAFF");
			response.path("organization.staff[0].organization.id").entity(String.class).isEqualTo(employer);
			response.path("organization.staff[0].role").entity(String.class).isEqualTo("LIFE_SUPPORT_COORDINATOR");
			response.path("organization.staff[0].roleLabelJa").entity(String.class).isEqualTo("生活支援コーディネーター");
			response.path("organization.staff[0].since").valueIsNull();
		}

		@Test
		void aPageOfPeopleCostsTheSameStatementsHoweverLongItIs() {
			String council = council();
			String district = district("a");
			String employer = organization("NPO", null);
			for (int i = 0; i < 3; i++) {
				String volunteer = person(volunteerInput("委員" + i + " " + token, council, false));
				assign(volunteer, district, null);
				employ(person(staffInput("職員" + i + " " + token)), employer, "OTHER", null);
			}

			int onePerson = statementsFor(1);
			int sixPeople = statementsFor(6);

			assertThat(sixPeople).isEqualTo(onePerson).isEqualTo(4);
		}

		/** Statements for one request: the page, then one per child field (districts, council, employment). */
		private int statementsFor(int first) {
			statements.reset();
			graphQl.documentName("person-list-with-ties")
				.variable("filter", Map.of("text", token))
				.variable("first", first)
				.execute()
				.path("people.edges")
				.entityList(Object.class)
				.hasSize(first);
			return statements.count();
		}
	}

	@Nested
	class Listing {

		@Test
		void filtersByKind() {
			String volunteer = person(volunteerInput("委員 " + token, null, false));
			String staff = person(staffInput("職員 " + token));

			assertThat(ids(Map.of("text", token, "kind", "COMMISSIONED_VOLUNTEER"))).containsExactly(volunteer);
			assertThat(ids(Map.of("text", token, "kind", "STAFF"))).containsExactly(staff);
		}

		@Test
		void filtersByText() {
			String hanako = person(staffInput("花子 " + token));
			person(staffInput("太郎 " + token));

			assertThat(ids(Map.of("text", "花子 " + token))).containsExactly(hanako);
		}

		@Test
		void filtersByRoleAndOrganisationOnTheSameTie() {
			String first = organization("NPO", null);
			String second = organization("NPO", null);
			String coordinator = person(staffInput("調整役 " + token));
			String worker = person(staffInput("相談員 " + token));
			employ(coordinator, first, "LIFE_SUPPORT_COORDINATOR", null);
			employ(worker, second, "LIFE_SUPPORT_COORDINATOR", null);
			employ(worker, first, "CONSULTATION_SUPPORT_WORKER", null);

			assertThat(ids(Map.of("text", token, "role", "LIFE_SUPPORT_COORDINATOR"))).containsExactlyInAnyOrder(
					coordinator, worker);
			assertThat(ids(Map.of("text", token, "organizationId", second))).containsExactly(worker);
			assertThat(ids(Map.of("text", token, "organizationId", first, "role", "LIFE_SUPPORT_COORDINATOR")))
				.containsExactly(coordinator);
			assertThat(ids(Map.of("organizationId", first))).containsExactlyInAnyOrder(coordinator, worker);
		}

		@Test
		void filtersByAreaThroughDistrictsAndEmployers() {
			String district = district("a");
			String otherDistrict = district("b");
			String employerInDistrict = organization("NPO", district);
			String assigned = person(volunteerInput("担当委員 " + token, null, false));
			String elsewhere = person(volunteerInput("他地区委員 " + token, null, false));
			String employed = person(staffInput("地区職員 " + token));
			String unplaced = person(staffInput("無所属 " + token));
			assign(assigned, district, null);
			assign(elsewhere, otherDistrict, null);
			employ(employed, employerInDistrict, "OTHER", null);

			assertThat(ids(Map.of("text", token, "area", district))).containsExactlyInAnyOrder(assigned, employed);
			assertThat(ids(Map.of("text", token, "area", MUNICIPALITY))).containsExactlyInAnyOrder(assigned,
					elsewhere, employed);
			assertThat(ids(Map.of("text", token))).contains(unplaced);
		}

		@Test
		void leavesArchivedPeopleOutUnlessAsked() {
			String kept = person(staffInput("現役 " + token));
			String archived = person(staffInput("退任 " + token));
			mutate("person-archive", "archivePerson", Map.of("id", archived));

			assertThat(ids(Map.of("text", token))).containsExactly(kept);
			assertThat(ids(Map.of("text", token, "includeArchived", true))).containsExactlyInAnyOrder(kept, archived);
		}

		@Test
		void pagesSortedByName() {
			String c = person(staffInput("ウ " + token));
			String a = person(staffInput("ア " + token));
			String b = person(staffInput("イ " + token));

			GraphQlTester.Response firstPage = list(Map.of("text", token), 2, null);
			firstPage.path("people.totalCount").entity(Integer.class).isEqualTo(3);
			firstPage.path("people.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
			firstPage.path("people.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
			firstPage.path("people.edges[*].node.id").entityList(String.class).containsExactly(a, b);
			String endCursor = firstPage.path("people.pageInfo.endCursor").entity(String.class).get();

			GraphQlTester.Response secondPage = list(Map.of("text", token), 2, endCursor);
			secondPage.path("people.totalCount").entity(Integer.class).isEqualTo(3);
			secondPage.path("people.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
			secondPage.path("people.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
			secondPage.path("people.edges[*].node.id").entityList(String.class).containsExactly(c);
		}

		@Test
		void listsEveryoneWithoutAFilter() {
			person(staffInput("佐藤 " + token));

			GraphQlTester.Response everyone = list(null, 100, null);
			everyone.path("people.edges").entityList(Object.class).hasSizeGreaterThan(0);
			everyone.path("people.edges[*].node.kind").entityList(String.class).hasSizeGreaterThan(0);
			assertThat(everyone.path("people.totalCount").entity(Integer.class).get()).isPositive();
		}

		private List<String> ids(Map<String, Object> filter) {
			return list(filter, 100, null).path("people.edges[*].node.id").entityList(String.class).get();
		}

		private GraphQlTester.Response list(Map<String, Object> filter, int first, String after) {
			return graphQl.documentName("person-list")
				.variable("filter", filter)
				.variable("first", first)
				.variable("after", after)
				.execute();
		}
	}

	@Nested
	class Creating {

		@Test
		void createsAVolunteerInTheirCouncil() {
			String council = council();

			GraphQlTester.Response response = mutate("person-create", "createPerson",
					volunteerInput(" 山田 花子 " + token, council, true));

			response.path("createPerson.errors").entityList(Object.class).hasSize(0);
			response.path("createPerson.person.kind").entity(String.class).isEqualTo("COMMISSIONED_VOLUNTEER");
			String id = response.path("createPerson.person.id").entity(String.class).get();
			Record stored = stored(id);
			Node node = stored.get("p").asNode();
			assertThat(node.labels()).containsExactlyInAnyOrder("Person", "CommissionedVolunteer");
			assertThat(node.get("name").asString()).isEqualTo("山田 花子 " + token);
			assertThat(node.get("chiefChildCommissioner").asBoolean()).isTrue();
			assertThat(node.get("generated").asBoolean()).isFalse();
			assertThat(node.get("archived").asBoolean()).isFalse();
			assertThat(node.get("createdAt").isNull()).isFalse();
			assertThat(node.get("updatedAt").isNull()).isFalse();
			assertThat(stored.get("councils").asList(v -> v.asString())).containsExactly(council);
		}

		@Test
		void createsAStaffMemberWithNamesOnly() {
			String id = person(staffInput("佐藤 " + token));

			Node node = stored(id).get("p").asNode();
			assertThat(node.labels()).containsExactlyInAnyOrder("Person", "StaffMember");
			assertThat(node.keys()).containsExactlyInAnyOrder("id", "name", "generated", "archived", "createdAt",
					"updatedAt");
		}

		@Test
		void refusesAMissingName() {
			expectErrors("person-create", "createPerson", volunteerInput("  ", null, false), "name");
			assertNoPeopleNamed(token);
		}

		@Test
		void refusesContactDetailsInTheName() {
			expectErrors("person-create", "createPerson", staffInput("佐藤 " + token + " 090-1234-5678"), "name");
			expectErrors("person-create", "createPerson", staffInput("佐藤 " + token + " sato@example.jp"), "name");
			assertNoPeopleNamed(token);
		}

		@Test
		void refusesVolunteerAttributesForStaff() {
			Map<String, Object> input = staffInput("佐藤 " + token);
			input.put("chiefChildCommissioner", true);
			input.put("commissionerCouncilId", council());

			expectErrors("person-create", "createPerson", input, "chiefChildCommissioner", "commissionerCouncilId");
			assertNoPeopleNamed(token);
		}

		@Test
		void refusesAnUnknownCouncil() {
			expectErrors("person-create", "createPerson", volunteerInput("山田 " + token, "no-such-council", false),
					"commissionerCouncilId");
			assertNoPeopleNamed(token);
		}

		@Test
		void refusesACouncilThatIsNoCommissionerCouncil() {
			String npo = organization("NPO", null);
			String salon = organization("RESIDENT_GROUP", null, "SALON");

			expectErrors("person-create", "createPerson", volunteerInput("山田 " + token, npo, false),
					"commissionerCouncilId");
			expectErrors("person-create", "createPerson", volunteerInput("山田 " + token, salon, false),
					"commissionerCouncilId");
			assertNoPeopleNamed(token);
		}
	}

	@Nested
	class Updating {

		@Test
		void changesNameFlagAndCouncil() {
			String oldCouncil = council();
			String newCouncil = council();
			String id = person(volunteerInput("旧姓 " + token, oldCouncil, false));

			GraphQlTester.Response response = mutate("person-update", "updatePerson", Map.of("id", id, "name",
					"新姓 " + token, "chiefChildCommissioner", true, "commissionerCouncilId", newCouncil));

			response.path("updatePerson.errors").entityList(Object.class).hasSize(0);
			response.path("updatePerson.person.name").entity(String.class).isEqualTo("新姓 " + token);
			Record stored = stored(id);
			assertThat(stored.get("p").asNode().get("name").asString()).isEqualTo("新姓 " + token);
			assertThat(stored.get("p").asNode().get("chiefChildCommissioner").asBoolean()).isTrue();
			assertThat(stored.get("councils").asList(v -> v.asString())).containsExactly(newCouncil);
		}

		@Test
		void keepsWhatIsLeftOut() {
			String council = council();
			String id = person(volunteerInput("山田 " + token, council, true));

			mutate("person-update", "updatePerson", Map.of("id", id, "name", "山本 " + token))
				.path("updatePerson.errors")
				.entityList(Object.class)
				.hasSize(0);

			Record stored = stored(id);
			assertThat(stored.get("p").asNode().get("chiefChildCommissioner").asBoolean()).isTrue();
			assertThat(stored.get("councils").asList(v -> v.asString())).containsExactly(council);
		}

		@Test
		void refusesAnUnknownPerson() {
			expectErrors("person-update", "updatePerson", Map.of("id", "no-such-person", "name", "誰か"), "id");
		}

		@Test
		void refusesVolunteerAttributesForStaffAndChangesNothing() {
			String id = person(staffInput("佐藤 " + token));

			expectErrors("person-update", "updatePerson", Map.of("id", id, "name", "変更 " + token,
					"chiefChildCommissioner", true, "commissionerCouncilId", council()), "chiefChildCommissioner",
					"commissionerCouncilId");

			Record stored = stored(id);
			assertThat(stored.get("p").asNode().get("name").asString()).isEqualTo("佐藤 " + token);
			assertThat(stored.get("councils").asList(Object.class::cast)).isEmpty();
		}

		@Test
		void refusesAnUnknownCouncilAndABlankName() {
			String id = person(volunteerInput("山田 " + token, null, false));

			expectErrors("person-update", "updatePerson",
					Map.of("id", id, "name", " ", "commissionerCouncilId", "no-such-council"), "name",
					"commissionerCouncilId");

			assertThat(stored(id).get("p").asNode().get("name").asString()).isEqualTo("山田 " + token);
		}

		@Test
		void archives() {
			String id = person(staffInput("佐藤 " + token));

			GraphQlTester.Response response = mutate("person-archive", "archivePerson", Map.of("id", id));

			response.path("archivePerson.errors").entityList(Object.class).hasSize(0);
			response.path("archivePerson.person.archived").entity(Boolean.class).isEqualTo(true);
			assertThat(stored(id).get("p").asNode().get("archived").asBoolean()).isTrue();
		}

		@Test
		void refusesToArchiveAnUnknownPerson() {
			expectErrors("person-archive", "archivePerson", Map.of("id", "no-such-person"), "id");
		}
	}

	@Nested
	class AssigningDistricts {

		@Test
		void assignsAVolunteerAndChangesSinceOnAssigningAgain() {
			String district = district("a");
			String id = person(volunteerInput("山田 " + token, null, false));

			assign(id, district, "2022-12-01");
			assertThat(assignmentSince(id, district)).containsExactly("2022-12-01");

			assign(id, district, "2025-12-01");
			assertThat(assignmentSince(id, district)).containsExactly("2025-12-01");

			assign(id, district, null);
			assertThat(assignmentSince(id, district)).containsExactly("2025-12-01");
		}

		@Test
		void refusesStaffAndAreasThatAreNoDistrict() {
			String staff = person(staffInput("佐藤 " + token));

			expectErrors("person-assign-volunteer", "assignVolunteer",
					Map.of("personId", staff, "districtCode", MUNICIPALITY), "personId", "districtCode");

			assertThat(count("MATCH (:Person {id: $id})-[a:ASSIGNED_TO]->() RETURN count(a)", "id", staff)).isZero();
		}

		@Test
		void refusesUnknownPeopleAndDistricts() {
			String volunteer = person(volunteerInput("山田 " + token, null, false));
			String district = district("a");

			expectErrors("person-assign-volunteer", "assignVolunteer",
					Map.of("personId", volunteer, "districtCode", MUNICIPALITY + "-no-such-district"), "districtCode");
			expectErrors("person-assign-volunteer", "assignVolunteer",
					Map.of("personId", "no-such-person", "districtCode", district), "personId");

			assertThat(count("MATCH (:Person {id: $id})-[a:ASSIGNED_TO]->() RETURN count(a)", "id", volunteer))
				.isZero();
			assertThat(count("MATCH (:District {code: $code})<-[a:ASSIGNED_TO]-() RETURN count(a)", "code", district))
				.isZero();
		}

		@Test
		void unassigns() {
			String district = district("a");
			String kept = district("b");
			String id = person(volunteerInput("山田 " + token, null, false));
			assign(id, district, null);
			assign(id, kept, null);

			GraphQlTester.Response response = mutate("person-unassign-volunteer", "unassignVolunteer",
					Map.of("personId", id, "districtCode", district));

			response.path("unassignVolunteer.errors").entityList(Object.class).hasSize(0);
			response.path("unassignVolunteer.person.id").entity(String.class).isEqualTo(id);
			assertThat(count("MATCH (:Person {id: $id})-[:ASSIGNED_TO]->(d) RETURN count(d)", "id", id)).isOne();
			assertThat(count("MATCH (:Person {id: $id})-[:ASSIGNED_TO]->(d {code: $code}) RETURN count(d)", "id", id,
					"code", kept))
				.isOne();
		}

		@Test
		void refusesToUnassignWhatIsNotAssigned() {
			String district = district("a");
			String id = person(volunteerInput("山田 " + token, null, false));

			expectErrors("person-unassign-volunteer", "unassignVolunteer",
					Map.of("personId", id, "districtCode", district), "districtCode");
			expectErrors("person-unassign-volunteer", "unassignVolunteer",
					Map.of("personId", "no-such-person", "districtCode", district), "personId");
		}

		private List<String> assignmentSince(String personId, String districtCode) {
			try (Session session = driver.session()) {
				return cypher(session, """
						MATCH (:Person {id: $id})-[a:ASSIGNED_TO]->(:District {code: $code})
						RETURN toString(a.since) AS since""", "id", personId, "code", districtCode)
					.list(r -> r.get("since").asString());
			}
		}
	}

	@Nested
	class Employing {

		@Test
		void addsAnAssignmentAndUpdatesItWhenAddedAgain() {
			String employer = organization("NPO", null);
			String id = person(staffInput("佐藤 " + token));

			employ(id, employer, "GENERAL_CONSULTANT", "2024-04-01");
			assertThat(worksFor(id, employer)).containsExactly("GENERAL_CONSULTANT 2024-04-01");

			employ(id, employer, "HOTTOKAHEN_NETWORKER", null);
			assertThat(worksFor(id, employer)).containsExactly("HOTTOKAHEN_NETWORKER 2024-04-01");

			employ(id, employer, "HOTTOKAHEN_NETWORKER", "2025-04-01");
			assertThat(worksFor(id, employer)).containsExactly("HOTTOKAHEN_NETWORKER 2025-04-01");
		}

		@Test
		void refusesUnknownOrganisationsAndVolunteers() {
			String employer = organization("NPO", null);
			String staff = person(staffInput("佐藤 " + token));
			String volunteer = person(volunteerInput("山田 " + token, null, false));

			expectErrors("person-add-staff-assignment", "addStaffAssignment",
					Map.of("personId", staff, "organizationId", "no-such-organization", "role", "OTHER"),
					"organizationId");
			expectErrors("person-add-staff-assignment", "addStaffAssignment",
					Map.of("personId", volunteer, "organizationId", employer, "role", "OTHER"), "personId");
			expectErrors("person-add-staff-assignment", "addStaffAssignment",
					Map.of("personId", "no-such-person", "organizationId", employer, "role", "OTHER"), "personId");

			assertThat(count("MATCH ()-[w:WORKS_FOR]->(:Organization {id: $id}) RETURN count(w)", "id", employer))
				.isZero();
			assertThat(count("MATCH (:Person {id: $id})-[w:WORKS_FOR]->() RETURN count(w)", "id", staff)).isZero();
		}

		@Test
		void removesAnAssignment() {
			String employer = organization("NPO", null);
			String other = organization("NPO", null);
			String id = person(staffInput("佐藤 " + token));
			employ(id, employer, "OTHER", null);
			employ(id, other, "OTHER", null);

			GraphQlTester.Response response = mutate("person-remove-staff-assignment", "removeStaffAssignment",
					Map.of("personId", id, "organizationId", employer));

			response.path("removeStaffAssignment.errors").entityList(Object.class).hasSize(0);
			assertThat(worksFor(id, employer)).isEmpty();
			assertThat(worksFor(id, other)).hasSize(1);
		}

		@Test
		void refusesToRemoveWhatIsNotThere() {
			String employer = organization("NPO", null);
			String id = person(staffInput("佐藤 " + token));

			expectErrors("person-remove-staff-assignment", "removeStaffAssignment",
					Map.of("personId", id, "organizationId", employer), "organizationId");
			expectErrors("person-remove-staff-assignment", "removeStaffAssignment",
					Map.of("personId", "no-such-person", "organizationId", employer), "personId");
		}

		private List<String> worksFor(String personId, String organizationId) {
			try (Session session = driver.session()) {
				return cypher(session, """
						MATCH (:Person {id: $id})-[w:WORKS_FOR]->(:Organization {id: $organization})
						RETURN w.role + ' ' + coalesce(toString(w.since), '-') AS tie""", "id", personId,
						"organization", organizationId)
					.list(r -> r.get("tie").asString());
			}
		}
	}

	// --- fixtures, all made through the API so the test's clean-up removes them

	private String district(String suffix) {
		return graphQl.documentName("person-fixture-district")
			.variable("input", Map.of("parentCode", MUNICIPALITY, "slug", "p" + token + suffix, "name",
					"試験地区" + suffix + " " + token, "districtKind", "DISTRICT"))
			.execute()
			.path("createDistrict.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createDistrict.area.code")
			.entity(String.class)
			.get();
	}

	private String council() {
		return organization("RESIDENT_GROUP", null, "COMMISSIONER_COUNCIL");
	}

	private String organization(String kind, String locationCode) {
		return organization(kind, locationCode, null);
	}

	private String organization(String kind, String locationCode, String groupType) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", "試験団体 " + UUID.randomUUID());
		input.put("kind", kind);
		input.put("groupType", groupType);
		input.put("locationCode", locationCode == null ? MUNICIPALITY : locationCode);
		return graphQl.documentName("person-fixture-organization")
			.variable("input", input)
			.execute()
			.path("createOrganization.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createOrganization.organization.id")
			.entity(String.class)
			.get();
	}

	private Map<String, Object> volunteerInput(String name, String councilId, boolean chief) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("kind", "COMMISSIONED_VOLUNTEER");
		input.put("chiefChildCommissioner", chief);
		input.put("commissionerCouncilId", councilId);
		return input;
	}

	private Map<String, Object> staffInput(String name) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("kind", "STAFF");
		return input;
	}

	private String person(Map<String, Object> input) {
		return mutate("person-create", "createPerson", input).path("createPerson.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createPerson.person.id")
			.entity(String.class)
			.get();
	}

	private void assign(String personId, String districtCode, String since) {
		Map<String, Object> input = new HashMap<>();
		input.put("personId", personId);
		input.put("districtCode", districtCode);
		input.put("since", since);
		mutate("person-assign-volunteer", "assignVolunteer", input).path("assignVolunteer.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private void employ(String personId, String organizationId, String role, String since) {
		Map<String, Object> input = new HashMap<>();
		input.put("personId", personId);
		input.put("organizationId", organizationId);
		input.put("role", role);
		input.put("since", since);
		mutate("person-add-staff-assignment", "addStaffAssignment", input).path("addStaffAssignment.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private GraphQlTester.Response mutate(String document, String field, Map<String, Object> input) {
		return graphQl.documentName(document).variable("input", input).execute();
	}

	/** Asserts the payload carries errors for exactly these input fields and no person. */
	private void expectErrors(String document, String field, Map<String, Object> input, String... fields) {
		GraphQlTester.Response response = mutate(document, field, input);
		response.path(field + ".person").valueIsNull();
		List<UserErrorView> errors = response.path(field + ".errors").entityList(UserErrorView.class).get();
		assertThat(errors).allSatisfy(error -> assertThat(error.message()).isNotBlank());
		assertThat(errors).extracting(error -> error.field().get(0)).containsOnly("input");
		assertThat(errors).extracting(error -> error.field().get(1)).containsExactlyInAnyOrder(fields);
	}

	private void assertNoPeopleNamed(String text) {
		assertThat(count("MATCH (p:Person) WHERE p.name CONTAINS $text RETURN count(p)", "text", text)).isZero();
	}

	private Record stored(String id) {
		try (Session session = driver.session()) {
			return cypher(session, """
					MATCH (p:Person {id: $id})
					RETURN p, [(p)-[:BELONGS_TO]->(c:Organization) | c.id] AS councils""", "id", id).single();
		}
	}

	record UserErrorView(List<String> field, String message) {
	}
}
